package org.huzhu.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.community.Aid;
import org.huzhu.kiosk.community.AidOrder;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.protocol.aid.AidOrderStatus;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot's aid orders on a real kiosk database (kiosk V12): stored by order, each change replacing the order
 * and its payments, and read back for the one resident they are for (issue 13 part 6).
 */
class AidSnapshotStoreTest {

    private static final Instant GENERATED = Instant.parse("2026-12-02T01:30:00Z");
    private static final Snapshot.Limits LIMITS = new Snapshot.Limits(10, 60, 120, 4320);
    private static final UUID WANG = UUID.nameUUIDFromBytes("wang".getBytes());
    private static final UUID LI = UUID.nameUUIDFromBytes("li".getBytes());
    private static final UUID ORDER = UUID.nameUUIDFromBytes("order".getBytes());
    private static final Instant UNTIL = Instant.parse("2027-03-12T15:59:59Z");
    private static final Instant FIRST_PAID = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant SECOND_PAID = Instant.parse("2026-12-02T03:00:00Z");

    @TempDir
    Path folder;

    private OpenJournal journal;
    private SnapshotStore store;
    private Aid aid;

    @BeforeEach
    void open() throws Exception {
        journal = TestJournals.open(TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 1),
                SignatureSuites.ED25519_SHA256);
        store = new SnapshotStore(journal.database());
        aid = new Aid(journal.database(), Clock.fixed(GENERATED, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        journal.close();
    }

    private void apply(long since, long version, Snapshot.AidOrder... orders) throws Exception {
        store.apply(new Snapshot(since, version, GENERATED, LIMITS, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(orders)), GENERATED);
    }

    private static Snapshot.AidOrder order(UUID id, UUID resident, long paidFen, String status, Instant until,
            Snapshot.AidPayment... payments) {
        return new Snapshot.AidOrder(id.toString(), resident.toString(), "上海慈善基金会", "瑞金医院", 300_000, paidFen,
                status, until, 1, List.of(payments));
    }

    @Test
    void anOrderIsStoredWithItsPaymentsAndEachChangeReplacesThemRatherThanAddingTwice() throws Exception {
        assertThat(aid.hasOrders(WANG)).as("before any snapshot").isFalse();
        apply(0, 10, order(ORDER, WANG, 120_000, "open", UNTIL, new Snapshot.AidPayment(120_000, FIRST_PAID)));
        apply(10, 12, order(ORDER, WANG, 240_000, "open", UNTIL, new Snapshot.AidPayment(120_000, FIRST_PAID),
                new Snapshot.AidPayment(120_000, SECOND_PAID)));

        assertThat(aid.hasOrders(WANG)).isTrue();
        assertThat(aid.hasOrders(LI)).as("another resident has no aid").isFalse();
        assertThat(aid.orders(LI)).isEmpty();
        assertThat(aid.orders(WANG)).containsExactly(new AidOrder(ORDER, "上海慈善基金会", "瑞金医院", 300_000, 240_000,
                AidOrderStatus.OPEN, UNTIL, List.of(new AidOrder.Payment(120_000, FIRST_PAID),
                        new AidOrder.Payment(120_000, SECOND_PAID))));
        assertThat(aid.orders(WANG).getFirst().remainingFen()).isEqualTo(60_000);

        apply(12, 13, order(ORDER, WANG, 240_000, "expired", UNTIL, new Snapshot.AidPayment(120_000, FIRST_PAID),
                new Snapshot.AidPayment(120_000, SECOND_PAID)));
        assertThat(aid.orders(WANG)).singleElement().satisfies(expired -> {
            assertThat(expired.status()).isEqualTo(AidOrderStatus.EXPIRED);
            assertThat(expired.payments()).hasSize(2);
        });
    }

    @Test
    void anOrderStillOpenInTheSnapshotAfterItsEndIsToldAsExpiredAsTheServerWillDateIt() throws Exception {
        apply(0, 10, order(ORDER, WANG, 120_000, "open", GENERATED.minusSeconds(1),
                new Snapshot.AidPayment(120_000, FIRST_PAID)));

        assertThat(aid.orders(WANG)).singleElement().satisfies(order -> {
            assertThat(order.status()).isEqualTo(AidOrderStatus.EXPIRED);
            assertThat(order.remainingFen()).as("what goes back to the charity").isEqualTo(180_000);
        });
        Aid aYearEarlier = new Aid(journal.database(), Clock.fixed(GENERATED.minusSeconds(365 * 86_400),
                ZoneOffset.UTC));
        assertThat(aYearEarlier.orders(WANG).getFirst().status()).isEqualTo(AidOrderStatus.OPEN);
    }

    @Test
    void openOrdersComeFirstSoonestToEndThenEndedOnesLatestFirst() throws Exception {
        UUID later = UUID.nameUUIDFromBytes("later".getBytes());
        UUID sooner = UUID.nameUUIDFromBytes("sooner".getBytes());
        UUID endedLong = UUID.nameUUIDFromBytes("ended long ago".getBytes());
        UUID endedRecently = UUID.nameUUIDFromBytes("ended recently".getBytes());
        UUID unknown = UUID.nameUUIDFromBytes("a status of a later server".getBytes());
        apply(0, 20, order(later, WANG, 0, "open", UNTIL.plusSeconds(86_400)),
                order(endedLong, WANG, 0, "expired", Instant.parse("2026-06-01T00:00:00Z")),
                order(sooner, WANG, 0, "open", UNTIL),
                order(endedRecently, WANG, 0, "revoked", Instant.parse("2026-11-01T00:00:00Z")),
                order(unknown, WANG, 0, "settled", UNTIL.plusSeconds(2 * 86_400)));

        assertThat(aid.orders(WANG)).extracting(AidOrder::id, AidOrder::status).containsExactly(
                tuple(sooner, AidOrderStatus.OPEN),
                tuple(later, AidOrderStatus.OPEN),
                tuple(unknown, AidOrderStatus.OPEN),
                tuple(endedRecently, AidOrderStatus.REVOKED),
                tuple(endedLong, AidOrderStatus.EXPIRED));
    }
}
