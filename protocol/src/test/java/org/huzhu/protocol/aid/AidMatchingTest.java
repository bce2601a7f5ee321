package org.huzhu.protocol.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.payload.BillItem;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.junit.jupiter.api.Test;

/** The matching rule alone: each refusal, in its order, and what passes. */
class AidMatchingTest {

    private static final String HOSPITAL = "I-00000000000000a1";
    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    private final UUID order = UUID.randomUUID();
    private final UUID patient = UUID.randomUUID();

    private AidOrderTerms terms(long paidFen, Instant validUntil, AidOrderStatus status) {
        return new AidOrderTerms(order, patient, HOSPITAL, 300_000, paidFen, validUntil, status);
    }

    private AidOrderTerms open() {
        return terms(100_000, NOW.plusSeconds(3600), AidOrderStatus.OPEN);
    }

    private HospitalOrderSubmitted submitted(UUID who, long fen) {
        return new HospitalOrderSubmitted(order, who, "HIS-1", fen, List.of(new BillItem("药品 medicine", fen)));
    }

    private Optional<MatchRefusal> refusal(AidOrderTerms terms, HospitalOrderSubmitted submitted) {
        return AidMatching.refusal(Optional.ofNullable(terms), submitted, HOSPITAL, false, NOW);
    }

    @Test
    void anAmountUpToWhatRemainsMatchesAndOneFenMoreDoesNot() {
        assertThat(refusal(open(), submitted(patient, 200_000))).isEmpty();
        assertThat(refusal(open(), submitted(patient, 200_001))).contains(MatchRefusal.OVER_REMAINING);
    }

    @Test
    void eachRefusalInItsOrder() {
        assertThat(refusal(null, submitted(patient, 1))).contains(MatchRefusal.UNKNOWN_ORDER);
        assertThat(AidMatching.refusal(Optional.of(open()), submitted(patient, 1), "I-00000000000000a2", false, NOW))
                .contains(MatchRefusal.OTHER_HOSPITAL);
        assertThat(refusal(open(), submitted(UUID.randomUUID(), 1))).contains(MatchRefusal.OTHER_PATIENT);
        assertThat(refusal(terms(0, NOW.plusSeconds(60), AidOrderStatus.REVOKED), submitted(patient, 1)))
                .contains(MatchRefusal.REVOKED);
        assertThat(refusal(terms(0, NOW.minusSeconds(1), AidOrderStatus.OPEN), submitted(patient, 1)))
                .as("past its end even before the server's sweep").contains(MatchRefusal.EXPIRED);
        assertThat(refusal(terms(0, NOW.plusSeconds(60), AidOrderStatus.EXPIRED), submitted(patient, 1)))
                .contains(MatchRefusal.EXPIRED);
        assertThat(AidMatching.refusal(Optional.of(open()), submitted(patient, 1), HOSPITAL, true, NOW))
                .contains(MatchRefusal.ALREADY_MATCHED);
        assertThat(refusal(terms(0, NOW.minusSeconds(1), AidOrderStatus.OPEN), submitted(UUID.randomUUID(), 1)))
                .as("another patient's order says so first, whatever else is wrong")
                .contains(MatchRefusal.OTHER_PATIENT);
    }

    @Test
    void aHospitalOrderWhoseItemsDoNotAddUpCannotExist() {
        assertThatThrownBy(() -> new HospitalOrderSubmitted(order, patient, "HIS-1", 1_000,
                List.of(new BillItem("床位费 bed", 600), new BillItem("药品 medicine", 300))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("900");
        assertThatThrownBy(() -> new HospitalOrderSubmitted(order, patient, "HIS-1", 1_000, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BillItem("免费 free", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRefusalCodeReadsBack() {
        for (MatchRefusal refusal : MatchRefusal.values()) {
            assertThat(MatchRefusal.fromCode(refusal.code())).contains(refusal);
        }
    }
}
