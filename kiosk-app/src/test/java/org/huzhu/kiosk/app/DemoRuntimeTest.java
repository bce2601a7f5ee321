package org.huzhu.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.sync.Await;
import org.huzhu.kiosk.sync.SyncService;
import org.huzhu.kiosk.ui.TestCommunity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo mode end to end: the embedded server starts, the kiosk enrols, and the seeded transactions get accepted. */
class DemoRuntimeTest {

    /** The screens' clock may be anything (UI tests fix it); sync must use the real time all the same. */
    private static final Clock SCREEN_CLOCK = Clock.fixed(Instant.parse("2026-11-23T01:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void seededTransactionsGoFromPendingToAcceptedAndTheSnapshotBringsTheBalances() throws Exception {
        try (KioskRuntime kiosk = open()) {
            SyncService sync = kiosk.context().sync().orElseThrow();
            Await.until("every seeded transaction answered", () -> sync.status().pending() == 0
                    && sync.status().lastSuccess().isPresent() && kiosk.context().snapshotState().read().version() > 0);

            assertThat(sync.status().failing()).isFalse();
            Map<String, String> states = query(kiosk, "SELECT j.type || '#' || j.sequence, o.state FROM outbox o "
                    + "JOIN journal j ON j.sequence = o.sequence");
            assertThat(states).containsEntry("resident.enrolled#1", "accepted")
                    .containsEntry("resident.enrolled#2", "accepted")
                    .containsEntry("service.confirmed#4", "accepted")
                    .containsEntry("service.confirmed#5", "accepted")
                    .containsEntry("volunteer.checked-in#6", "accepted")
                    .containsEntry("volunteer.checked-out#9", "accepted")
                    .containsEntry("volunteer.checked-in#12", "accepted")
                    .hasSize((int) TestCommunity.DEMO_SEED_TRANSACTIONS);
            // The family link is answered too; the server accepts it once it knows family links (issue 4).
            assertThat(states.get("family.linked#3")).isIn("accepted", "rejected");
            assertThat(query(kiosk, "SELECT r.display_name, b.minutes FROM balance b JOIN resident r ON r.id = "
                    + "b.resident_id")).containsExactlyInAnyOrderEntriesOf(Map.of("王秀英", "240", "李建国", "90"));
            assertThat(query(kiosk, "SELECT count(*), count(DISTINCT resident_id) FROM card_binding"))
                    .as("the snapshot's bindings are the demo cards' own").containsEntry("2", "2");
            assertThat(kiosk.context().snapshotState().read().coversSequence())
                    .isEqualTo(TestCommunity.DEMO_SEED_TRANSACTIONS);
        }
    }

    @Test
    void aSecondStartSeedsNothingAgainAndSyncsAtOnce() throws Exception {
        try (KioskRuntime kiosk = open()) {
            Await.until("the first sync", () -> kiosk.context().sync().orElseThrow().status().pending() == 0);
        }
        try (KioskRuntime kiosk = open()) {
            SyncService sync = kiosk.context().sync().orElseThrow();
            Await.until("a sync with the restarted demo server", () -> sync.status().lastSuccess().isPresent()
                    && !sync.status().failing());
            assertThat(kiosk.journal().journal().headSequence()).isEqualTo(TestCommunity.DEMO_SEED_TRANSACTIONS);
        }
    }

    @Test
    void theDemoCounterIsAStationOfItsOwnEnrolledWithTheDemoKiosksServer() throws Exception {
        try (KioskRuntime kiosk = open();
                KioskRuntime counter = KioskRuntime.openDemoCounter(KioskConfig.DEFAULTS,
                        new DataFolder(data).demoCounter().create(), kiosk, Map.of(), SCREEN_CLOCK)) {
            assertThat(counter.context().config().counter()).isTrue();
            assertThat(counter.journal().journal().identity().kioskId()).as("its own key")
                    .isNotEqualTo(kiosk.journal().journal().identity().kioskId());
            assertThat(data.resolve("counter").resolve(KioskRuntime.DATABASE_FILE)).as("its own journal").exists();
            assertThat(counter.journal().journal().headSequence()).as("the kiosk journalled the community").isZero();
            assertThat(counter.context().demoDevices().orElseThrow().oneReader()).as("a staff and a residents' reader")
                    .isFalse();
            SyncService sync = counter.context().sync().orElseThrow();
            Await.until("the counter's first sync with the kiosk's server", () -> sync.status().lastSuccess().isPresent()
                    && !sync.status().failing());
            assertThat(query(counter, "SELECT key_id, url FROM server_binding")).as("the same server")
                    .isEqualTo(query(kiosk, "SELECT key_id, url FROM server_binding"));
        }
    }

    private KioskRuntime open() throws StartupException {
        return KioskRuntime.open(KioskConfig.DEFAULTS, new DataFolder(data), true, Map.of(), SCREEN_CLOCK);
    }

    /** First column → second column of each row. */
    private static Map<String, String> query(KioskRuntime kiosk, String sql) throws StorageException {
        return kiosk.journal().database().inTransaction(connection -> {
            Map<String, String> rows = new HashMap<>();
            try (ResultSet result = connection.createStatement().executeQuery(sql)) {
                while (result.next()) {
                    rows.put(result.getString(1), result.getString(2));
                }
            }
            return rows;
        });
    }
}
