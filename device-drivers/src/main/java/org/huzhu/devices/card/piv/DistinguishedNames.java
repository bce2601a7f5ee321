package org.huzhu.devices.card.piv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.huzhu.devices.card.tlv.BerTlv;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.CardDataException.Problem;

/**
 * The holder's name from a certificate subject (an X.501 Name: a SEQUENCE of SETs of type-and-value SEQUENCEs).
 * Strict: a string that does not decode in its declared type is a typed error, never replaced by a guess.
 * Stateless.
 */
final class DistinguishedNames {

    /** id-at-commonName, 2.5.4.3, as DER OBJECT IDENTIFIER content. */
    private static final String COMMON_NAME = "550403";
    private static final Map<String, String> SHORT_NAMES = Map.of(
            COMMON_NAME, "CN", "550406", "C", "550407", "L", "550408", "ST", "55040a", "O", "55040b", "OU",
            "550405", "SERIALNUMBER", "2a864886f70d010901", "EMAILADDRESS");
    private static final int OBJECT_IDENTIFIER = 0x06;
    private static final int SET = 0x31;
    private static final int SEQUENCE = 0x30;

    private DistinguishedNames() {
    }

    /** The first common name; without one, the whole subject as {@code O=…, OU=…} (RFC 4514: last RDN first). */
    static String holderName(byte[] subjectDer) throws CardDataException {
        List<String[]> attributes = attributes(subjectDer);
        for (String[] attribute : attributes) {
            if (attribute[0].equals(COMMON_NAME)) {
                return requireText(attribute[1]);
            }
        }
        List<String> parts = new ArrayList<>();
        for (String[] attribute : attributes.reversed()) {
            parts.add(SHORT_NAMES.getOrDefault(attribute[0], "OID." + attribute[0]) + "=" + attribute[1]);
        }
        return requireText(String.join(", ", parts));
    }

    /** Each attribute as {type OID in hex, decoded value}, in certificate order. */
    private static List<String[]> attributes(byte[] subjectDer) throws CardDataException {
        BerTlv name = BerTlv.parseOne(subjectDer, "subject");
        CertificateParts.expect(name, SEQUENCE, "subject");
        List<String[]> attributes = new ArrayList<>();
        for (BerTlv relative : BerTlv.parseAll(name.value(), "subject")) {
            CertificateParts.expect(relative, SET, "subject RDN");
            for (BerTlv typeAndValue : BerTlv.parseAll(relative.value(), "subject RDN")) {
                CertificateParts.expect(typeAndValue, SEQUENCE, "subject attribute");
                List<BerTlv> parts = BerTlv.parseAll(typeAndValue.value(), "subject attribute");
                if (parts.size() != 2) {
                    throw new CardDataException(Problem.BAD_VALUE, "subject attribute: expected type and value");
                }
                CertificateParts.expect(parts.get(0), OBJECT_IDENTIFIER, "subject attribute type");
                attributes.add(new String[] {HexFormat.of().formatHex(parts.get(0).value()), text(parts.get(1))});
            }
        }
        return attributes;
    }

    private static String text(BerTlv value) throws CardDataException {
        Charset charset = switch (value.tag()) {
            case 0x0C -> StandardCharsets.UTF_8; // UTF8String
            case 0x13, 0x16, 0x14 -> StandardCharsets.US_ASCII; // PrintableString, IA5String, TeletexString (ASCII)
            case 0x1E -> StandardCharsets.UTF_16BE; // BMPString
            default -> throw new CardDataException(Problem.UNEXPECTED_TAG,
                    String.format("subject attribute value: string type %X not supported", value.tag()));
        };
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value.value())).toString();
        } catch (CharacterCodingException e) {
            throw new CardDataException(Problem.BAD_VALUE, "subject attribute value does not decode as " + charset);
        }
    }

    private static String requireText(String name) throws CardDataException {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new CardDataException(Problem.BAD_VALUE, "holder name is empty or has control characters");
        }
        return stripped;
    }
}
