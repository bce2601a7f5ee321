package org.huzhu.devices.card.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.ApduChannels;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.apdu.Response;
import org.huzhu.devices.card.piv.EcdsaSignatures;
import org.huzhu.devices.card.piv.P256PublicKey;
import org.huzhu.devices.card.piv.PivCard;
import org.huzhu.devices.card.piv.PivObjects;
import org.huzhu.devices.card.piv.StaffCertificates;
import org.huzhu.devices.card.profile.SsseFields;
import org.huzhu.devices.card.profile.SsseLayout;
import org.huzhu.devices.card.tlv.BerTlv;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.SimpleTlv;
import org.huzhu.devices.card.testsupport.TestCards;

/**
 * Fuzzes every parser that sees card bytes (social-security records, BER-TLV, PIV objects, certificates, keys,
 * signatures), the whole identification (all profiles behind the standard wrappers) and a whole PIV staff-session
 * conversation against a card that answers anything. The only allowed failures are the typed ones; any other
 * exception, an out-of-bounds read included, is a finding.
 *
 * <p>In a normal build Jazzer runs only the seed inputs (resources beside this class) and an empty input. To fuzz for
 * {@code maxDuration}: {@code ./mvnw -f device-drivers/pom.xml -Pfuzz verify} (sets JAZZER_FUZZ=1).
 */
class CardParsersFuzzTest {

    private static final int TARGETS = 15;

    @FuzzTest(maxDuration = "60s")
    void cardBytesNeverCauseAnUntypedFailure(FuzzedDataProvider data) {
        int target = data.consumeInt(0, TARGETS - 1);
        try {
            switch (target) {
                case 0 -> SimpleTlv.recordValue(data.consumeRemainingAsBytes(), data.consumeInt(1, 0xFE), "fuzz");
                case 1 -> SsseFields.name(data.consumeRemainingAsBytes(), 30);
                case 2 -> SsseFields.birthDate(data.consumeRemainingAsBytes());
                case 3 -> SsseFields.cardNumber(data.consumeRemainingAsBytes(), 9);
                case 4 -> EcdsaSignatures.requireDer(data.consumeRemainingAsBytes());
                case 5 -> Response.parse(data.consumeRemainingAsBytes());
                case 6 -> TestCards.identifier().identify(ApduChannels.standard(anyAnswer(data), "fuzz"));
                case 7 -> layout(data.consumeRemainingAsBytes());
                case 8 -> BerTlv.parseAll(data.consumeRemainingAsBytes(), "fuzz");
                case 9 -> PivObjects.certificate(data.consumeRemainingAsBytes());
                case 10 -> StaffCertificates.identity(data.consumeRemainingAsBytes());
                case 11 -> PivObjects.signature(data.consumeRemainingAsBytes());
                case 12 -> PivObjects.requireApplicationProperties(data.consumeRemainingAsBytes());
                case 13 -> P256PublicKey.fromSubjectPublicKeyInfo(data.consumeRemainingAsBytes());
                default -> pivSession(new PivCard(ApduChannels.standard(anyAnswer(data), "fuzz")));
            }
        } catch (CardDataException | CardIOException expected) {
            // Typed rejection: exactly what malformed card data must produce.
        }
    }

    /** The whole staff-session conversation (identity, PIN, signature) with a card that answers anything. */
    private static void pivSession(PivCard card) throws CardIOException, CardDataException {
        card.readIdentity();
        card.verifyPin("123456".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        card.signDigest(new byte[32]);
    }

    /** A card that answers every command with fuzzer-chosen bytes, until the input runs out. */
    private static ApduChannel anyAnswer(FuzzedDataProvider data) {
        return command -> {
            if (data.remainingBytes() == 0) {
                throw new CardIOException(CardIOException.Reason.CARD_REMOVED, "input exhausted");
            }
            return data.consumeBytes(data.consumeInt(0, 300));
        };
    }

    /** Layout files are operator input: bad ones must be rejected with IllegalArgumentException naming the key. */
    private static void layout(byte[] bytes) {
        try {
            SsseLayout.load(new ByteArrayInputStream(bytes));
        } catch (IllegalArgumentException | IOException expected) {
            // The documented rejection of a bad layout file.
        }
    }
}
