package org.huzhu.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Snapshots send only what changed since the version the kiosk has, on SQLite and PostgreSQL. */
class SnapshotVersioningTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void onlyChangesSinceTheGivenVersionAreSent(Stores store) throws Exception {
        try (ServerParts server = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            KioskRecord record = server.enrol(kiosk);

            Snapshot full = server.snapshotAtKioskTime(kiosk, 0);
            Snapshot nothingNew = server.snapshotAtKioskTime(kiosk, full.version());
            Snapshot.Slot slot = full.slots().getFirst();
            UUID resident = UUID.randomUUID();
            server.send(record, List.of(
                    kiosk.next(new BookingCreated(UUID.randomUUID(), resident, slot.serviceCode(),
                            UUID.fromString(slot.slotId()), slot.startsAt(), 30, 0), TestKiosk.RESIDENT),
                    kiosk.next(new ResidentEnrolled(resident, "aa".repeat(32), "bb".repeat(32), "张建国"),
                            TestKiosk.STAFF),
                    kiosk.next(new ServiceConfirmed(UUID.randomUUID(), resident, 45, "staff-2"), TestKiosk.STAFF)));
            Snapshot changes = server.snapshotAtKioskTime(kiosk, full.version());

            assertThat(full.since()).isZero();
            assertThat(full.services()).hasSize(8);
            assertThat(full.slots()).hasSize(56);
            assertThat(full.residents()).isEmpty();
            assertThat(full.limits().offlineLimitMinutes()).isEqualTo(120);
            assertThat(full.limits().maxOfflineAgeMinutes()).isEqualTo(72 * 60);
            assertThat(nothingNew.version()).isEqualTo(full.version());
            assertThat(nothingNew.services()).isEmpty();
            assertThat(nothingNew.slots()).isEmpty();
            assertThat(changes.version()).isGreaterThan(full.version());
            assertThat(changes.services()).isEmpty();
            assertThat(changes.slots()).singleElement().satisfies(changed -> {
                assertThat(changed.slotId()).isEqualTo(slot.slotId());
                assertThat(changed.booked()).isEqualTo(1);
                assertThat(changed.version()).isGreaterThan(full.version());
            });
            assertThat(changes.residents()).singleElement()
                    .isEqualTo(new Snapshot.Resident(resident.toString(), "aa".repeat(32), "张建国",
                            changes.residents().getFirst().version()));
            assertThat(changes.balances()).extracting(Snapshot.Balance::residentId, Snapshot.Balance::balanceMinutes)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(resident.toString(), 45L));
            assertThat(server.snapshotAtKioskTime(kiosk, changes.version()).slots()).isEmpty();
        }
    }
}
