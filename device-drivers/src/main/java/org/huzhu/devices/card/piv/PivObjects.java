package org.huzhu.devices.card.piv;

import java.util.List;
import java.util.Optional;
import org.huzhu.devices.card.tlv.BerTlv;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.CardDataException.Problem;

/**
 * Parsers for what a PIV card answers (SP 800-73-4 part 1 appendix A, part 2 tables). Strict: anything that breaks
 * the structure is a typed {@link CardDataException}. Stateless; each is a fuzz target.
 */
public final class PivObjects {

    /** CertInfo 00: the certificate is stored as is; 01 would mean gzip-compressed, which the kiosk does not accept. */
    private static final int CERT_INFO_UNCOMPRESSED = 0x00;

    private PivObjects() {
    }

    /**
     * The SELECT answer must be an Application Property Template (tag 61) naming the PIV application (4F): a card
     * that answers SELECT PIV with something else is not treated as PIV.
     */
    public static void requireApplicationProperties(byte[] answer) throws CardDataException {
        BerTlv template = BerTlv.parseOne(answer, "application property template");
        CertificateParts.expect(template, PivCommands.TAG_APPLICATION_PROPERTIES, "application property template");
        BerTlv.require(BerTlv.parseAll(template.value(), "application property template"), 0x4F,
                "application property template");
    }

    /** The DER certificate inside a certificate object: {@code 53 { 70 cert, 71 CertInfo, FE EDC }}. */
    public static byte[] certificate(byte[] object) throws CardDataException {
        BerTlv container = BerTlv.parseOne(object, "certificate object");
        CertificateParts.expect(container, PivCommands.TAG_DATA_OBJECT, "certificate object");
        List<BerTlv> parts = BerTlv.parseAll(container.value(), "certificate object");
        byte[] certificate = BerTlv.require(parts, PivCommands.TAG_CERTIFICATE, "certificate object").value();
        Optional<BerTlv> info = BerTlv.find(parts, PivCommands.TAG_CERT_INFO);
        if (info.isPresent() && (info.get().value().length != 1
                || (info.get().value()[0] & 0xFF) != CERT_INFO_UNCOMPRESSED)) {
            throw new CardDataException(Problem.BAD_VALUE, "certificate object: compressed or unknown CertInfo");
        }
        if (certificate.length == 0) {
            throw new CardDataException(Problem.BAD_LENGTH, "certificate object: empty certificate");
        }
        return certificate;
    }

    /** The DER signature in a GENERAL AUTHENTICATE answer: {@code 7C L 82 L <signature>}. */
    public static byte[] signature(byte[] answer) throws CardDataException {
        BerTlv template = BerTlv.parseOne(answer, "authentication template");
        CertificateParts.expect(template, PivCommands.TAG_AUTHENTICATION_TEMPLATE, "authentication template");
        byte[] signature = BerTlv.require(BerTlv.parseAll(template.value(), "authentication template"),
                PivCommands.TAG_RESPONSE, "authentication template").value();
        EcdsaSignatures.requireDer(signature);
        return signature;
    }
}
