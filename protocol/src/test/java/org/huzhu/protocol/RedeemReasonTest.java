package org.huzhu.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.f4b6a3.uuid.UuidCreator;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.junit.jupiter.api.Test;

/**
 * {@code hours.redeemed}'s {@code reason} (a staff override at the counter) came after kiosks had signed redeems
 * without it: a redeem without one must still be exactly the bytes it always was, in both envelope versions.
 */
class RedeemReasonTest {

    private static final SignatureSuite SUITE = SignatureSuites.ED25519_SHA256;
    private static final KeyPair KIOSK = SUITE.generateKeyPair();
    private static final Actor CARD = new Actor("ab".repeat(32), SignInMethod.CARD);
    private static final Instant AT = Instant.parse("2026-12-02T09:30:00.125Z");
    private static final UUID RESIDENT = new UUID(0, 1);
    private static final UUID BOOKING = new UUID(0, 2);

    @Test
    void aRedeemWithoutAReasonIsWrittenAsBeforeInEitherVersion() throws Exception {
        for (int version : List.of(UnsignedTransaction.VERSION_1, UnsignedTransaction.VERSION)) {
            byte[] encoded = encode(version, new HoursRedeemed(RESIDENT, 30, BOOKING));
            String json = new String(encoded, StandardCharsets.UTF_8);

            assertThat(json).contains("\"payload\":{\"bookingId\":\"" + BOOKING + "\",\"minutes\":30,\"residentId\":\""
                    + RESIDENT + "\"}");
            assertThat(TransactionCodec.decode(encoded).body().payload())
                    .isEqualTo(new HoursRedeemed(RESIDENT, 30, BOOKING, ""));
            assertThatThrownBy(() -> TransactionCodec.decode(json.replace("\"minutes\":30,",
                    "\"minutes\":30,\"reason\":\"\",").getBytes(StandardCharsets.UTF_8)))
                    .as("an empty reason has one spelling: left out")
                    .isInstanceOf(MalformedEnvelopeException.class).hasMessageContaining("not in canonical form");
        }
    }

    @Test
    void aStaffOverridesReasonTravelsInVersion2Only() throws Exception {
        HoursRedeemed override = new HoursRedeemed(RESIDENT, 180, BOOKING, "kiosk offline, booked at the counter");

        byte[] encoded = encode(UnsignedTransaction.VERSION, override);

        assertThat(new String(encoded, StandardCharsets.UTF_8))
                .contains("\"minutes\":180,\"reason\":\"kiosk offline, booked at the counter\",");
        assertThat(TransactionCodec.decode(encoded).body().payload()).isEqualTo(override);
        assertThatThrownBy(() -> encode(UnsignedTransaction.VERSION_1, override))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hours.redeemed reason");
        assertThatThrownBy(() -> new HoursRedeemed(RESIDENT, 30, BOOKING, " ".repeat(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] encode(int version, HoursRedeemed payload) throws Exception {
        UnsignedTransaction body = new UnsignedTransaction(UuidCreator.getTimeOrderedEpoch(), Chains.KIOSK, 1,
                UnsignedTransaction.GENESIS_HASH, AT, TransactionType.HOURS_REDEEMED, CARD, payload, SUITE.id(),
                version, List.of());
        return TransactionCodec.encode(TransactionCodec.sign(body, SUITE, KIOSK.getPrivate()));
    }
}
