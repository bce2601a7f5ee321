package org.huzhu.devices.card.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.ApduChannels;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.apdu.Response;
import org.huzhu.devices.card.profile.SsseFields;
import org.huzhu.devices.card.profile.SsseLayout;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.SimpleTlv;
import org.huzhu.devices.card.testsupport.TestCards;

/**
 * Fuzzes every parser that sees card bytes, and the whole identification (all profiles behind the standard wrappers)
 * against a card that answers anything. The only allowed failures are the typed ones; any other exception, an
 * out-of-bounds read included, is a finding.
 *
 * <p>In a normal build Jazzer runs only the seed inputs (resources beside this class) and an empty input. To fuzz for
 * {@code maxDuration}: {@code ./mvnw -f device-drivers/pom.xml -Pfuzz verify} (sets JAZZER_FUZZ=1).
 */
class CardParsersFuzzTest {

    private static final int TARGETS = 8;

    @FuzzTest(maxDuration = "60s")
    void cardBytesNeverCauseAnUntypedFailure(FuzzedDataProvider data) {
        int target = data.consumeInt(0, TARGETS - 1);
        try {
            switch (target) {
                case 0 -> SimpleTlv.recordValue(data.consumeRemainingAsBytes(), data.consumeInt(1, 0xFE), "fuzz");
                case 1 -> SsseFields.name(data.consumeRemainingAsBytes(), 30);
                case 2 -> SsseFields.birthDate(data.consumeRemainingAsBytes());
                case 3 -> SsseFields.cardNumber(data.consumeRemainingAsBytes(), 9);
                case 4 -> Response.parse(data.consumeRemainingAsBytes());
                case 5 -> Response.parse(data.consumeRemainingAsBytes());
                case 6 -> TestCards.identifier().identify(ApduChannels.standard(anyAnswer(data), "fuzz"));
                default -> layout(data.consumeRemainingAsBytes());
            }
        } catch (CardDataException | CardIOException expected) {
            // Typed rejection: exactly what malformed card data must produce.
        }
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
