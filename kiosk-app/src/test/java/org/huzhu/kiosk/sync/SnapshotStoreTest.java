package org.huzhu.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.kiosk.residents.CardKind;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.protocol.sync.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying hand-built snapshots to a real kiosk database, and reading the state back. */
class SnapshotStoreTest {

    private static final Instant GENERATED = Instant.parse("2026-11-23T01:30:00.125Z");
    private static final Instant APPLIED = Instant.parse("2026-11-23T01:30:01Z");
    private static final Snapshot.Limits LIMITS = new Snapshot.Limits(10, 60, 120, 4320);
    private static final String WANG = UUID.nameUUIDFromBytes("wang".getBytes()).toString();
    private static final String LI = UUID.nameUUIDFromBytes("li".getBytes()).toString();
    private static final String WANG_CARD = "a".repeat(64);
    private static final String LI_CARD = "b".repeat(64);
    private static final String SLOT = UUID.nameUUIDFromBytes("slot".getBytes()).toString();
    private static final String TASK = UUID.nameUUIDFromBytes("task".getBytes()).toString();

    @TempDir
    Path folder;

    private OpenJournal journal;
    private SnapshotStore store;

    @BeforeEach
    void open() throws Exception {
        journal = TestJournals.open(TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 5),
                SignatureSuites.ED25519_SHA256);
        store = new SnapshotStore(journal.database());
    }

    @AfterEach
    void close() throws Exception {
        journal.close();
    }

    @Test
    void beforeAnySnapshotTheStateSaysNone() throws Exception {
        assertThat(store.read()).isEqualTo(SnapshotState.NONE);
        assertThat(store.read().generatedAt()).isEmpty();
    }

    @Test
    void aFullSnapshotFillsEveryTableAndItsState() throws Exception {
        SnapshotState state = store.apply(full(), APPLIED);

        assertThat(state).isEqualTo(new SnapshotState(7, Optional.of(GENERATED),
                new OfflinePolicy(120, Duration.ofHours(72)), 10, 60, 0, Optional.of(APPLIED)));
        assertThat(rows("SELECT code, name_zh, provider_en, place_zh, cost_minutes, cost_fen, active FROM service"))
                .containsExactly("haircut|理发|Sunshine Charity|活动室 2|30|500|1");
        assertThat(rows("SELECT id, service_code, starts_at, capacity, booked FROM slot"))
                .containsExactly(SLOT + "|haircut|2026-11-24T02:00:00Z|8|1");
        assertThat(rows("SELECT resident_id, minutes FROM balance ORDER BY minutes"))
                .containsExactly(LI + "|90", WANG + "|240");
        assertThat(rows("SELECT resident_id, member_id FROM family_link ORDER BY resident_id"))
                .as("one link from the server, stored both ways")
                .containsExactlyInAnyOrder(WANG + "|" + LI, LI + "|" + WANG);
        assertThat(rows("SELECT id, title_en, place_en, starts_at, minutes, active FROM volunteer_task"))
                .containsExactly(TASK + "|Read to neighbours|Library|2026-11-25T06:00:00Z|60|1");
        assertThat(rows("SELECT task_id, volunteer_id, minutes, confirmed_at FROM confirmed_task"))
                .containsExactly(TASK + "|" + WANG + "|60|2026-11-25T07:05:00Z");
    }

    @Test
    void aSnapshotResidentCanSignInWithTheCardHash() throws Exception {
        store.apply(full(), APPLIED);

        Residents residents = new Residents(journal.database(), java.time.Clock.systemUTC());
        assertThat(residents.findByCard(WANG_CARD))
                .contains(new Resident(UUID.fromString(WANG), "王秀英", Language.ZH_CN));
        assertThat(residents.findByCard(LI_CARD).map(Resident::displayName)).contains("Li Jianguo");
    }

    @Test
    void theServerDecidesWhoACardBelongsToAndAReplacedCardStopsWorking() throws Exception {
        Residents residents = new Residents(journal.database(), java.time.Clock.systemUTC());
        UUID stranger = UUID.randomUUID();
        residents.addWithCard(new Resident(stranger, "Someone else", Language.ZH_CN), CardKind.SOCIAL_SECURITY,
                LI_CARD);
        residents.addWithCard(new Resident(UUID.fromString(WANG), "王秀英", Language.EN), CardKind.CONTACTLESS,
                "c".repeat(64));

        store.apply(full(), APPLIED);

        assertThat(residents.findByCard(LI_CARD).map(Resident::displayName)).contains("Li Jianguo");
        assertThat(residents.findByCard("c".repeat(64))).as("Wang's old tag").isEmpty();
        assertThat(residents.findByCard(WANG_CARD).map(Resident::language))
                .as("the language chosen at the kiosk is kept").contains(Language.EN);
    }

    @Test
    void anIncrementalSnapshotReplacesOnlyTheRowsItLists() throws Exception {
        store.apply(full(), APPLIED);
        Snapshot changes = snapshot(7, 9,
                List.of(new Snapshot.Service("haircut", "理发", "Haircut", "阳光公益", "Sunshine Charity", "活动室 2",
                        "Room 2", 40, 600, false, 8)),
                List.of(new Snapshot.Slot(SLOT, "haircut", Instant.parse("2026-11-24T02:00:00Z"), 8, 3, 9)),
                List.of(), List.of(new Snapshot.Balance(WANG, 210, 9)), List.of(), List.of(), List.of());

        SnapshotState state = store.apply(changes, APPLIED.plusSeconds(30));

        assertThat(state.version()).isEqualTo(9);
        assertThat(rows("SELECT cost_minutes, cost_fen, active FROM service")).containsExactly("40|600|0");
        assertThat(rows("SELECT booked FROM slot")).containsExactly("3");
        assertThat(rows("SELECT resident_id, minutes FROM balance ORDER BY minutes"))
                .containsExactly(LI + "|90", WANG + "|210");
        assertThat(rows("SELECT count(*) FROM family_link")).containsExactly("2");
        assertThat(rows("SELECT count(*) FROM resident")).containsExactly("2");
    }

    @Test
    void anUnlinkOrARightsChangeInALaterSnapshotReachesBothDirectionsAndARelinkRestoresThem() throws Exception {
        store.apply(full(), APPLIED);
        store.apply(snapshot(7, 8, List.of(), List.of(), List.of(), List.of(),
                List.of(new Snapshot.FamilyLink(WANG, LI, 8, true, new Snapshot.FamilyRights(true, false, false),
                        new Snapshot.FamilyRights(false, true, true))), List.of(), List.of()), APPLIED);

        assertThat(rows("SELECT resident_id, member_id, active, may_book, may_redeem, may_receive FROM family_link"))
                .as("what Li may do for Wang, and what Wang may do for Li")
                .containsExactlyInAnyOrder(WANG + "|" + LI + "|1|1|0|0", LI + "|" + WANG + "|1|0|1|1");

        store.apply(snapshot(8, 9, List.of(), List.of(), List.of(), List.of(),
                List.of(new Snapshot.FamilyLink(WANG, LI, 9, false, new Snapshot.FamilyRights(true, false, false),
                        new Snapshot.FamilyRights(false, true, true))), List.of(), List.of()), APPLIED);
        assertThat(rows("SELECT active FROM family_link")).as("kept, ended both ways").containsExactly("0", "0");

        store.apply(snapshot(9, 10, List.of(), List.of(), List.of(), List.of(),
                List.of(new Snapshot.FamilyLink(WANG, LI, 10, true, Snapshot.FamilyRights.ALL,
                        Snapshot.FamilyRights.ALL)), List.of(), List.of()), APPLIED);
        assertThat(rows("SELECT active, may_book, may_redeem, may_receive FROM family_link"))
                .containsExactly("1|1|1|1", "1|1|1|1");
    }

    @Test
    void coversSequenceIsTheLastOfAnUnbrokenRunOfAnsweredTransactions() throws Exception {
        journal.outbox().markAccepted(1);
        journal.outbox().markRejected(2, "insufficient-balance");
        journal.outbox().markAccepted(3);
        journal.outbox().markSent(List.of(4L));
        journal.outbox().markAccepted(5); // answered, but after 4, which is not

        assertThat(store.apply(full(), APPLIED).coversSequence()).isEqualTo(3);

        journal.outbox().markAccepted(4);
        assertThat(store.apply(snapshot(7, 7, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()), APPLIED).coversSequence()).isEqualTo(5);
    }

    @Test
    void nothingAnsweredCoversNothing() throws Exception {
        assertThat(store.apply(full(), APPLIED).coversSequence()).isZero();
    }

    @Test
    void aSnapshotThatCannotBeAppliedLeavesThePreviousOneWhole() throws Exception {
        store.apply(full(), APPLIED);
        Snapshot broken = snapshot(7, 8, List.of(),
                List.of(new Snapshot.Slot(UUID.randomUUID().toString(), "no-such-service", Instant.now(), 1, 0, 8)),
                List.of(), List.of(new Snapshot.Balance(WANG, 0, 8)), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> store.apply(broken, APPLIED)).isInstanceOf(StorageException.class);

        assertThat(store.read().version()).isEqualTo(7);
        assertThat(rows("SELECT minutes FROM balance WHERE resident_id = '" + WANG + "'")).containsExactly("240");
    }

    private static Snapshot full() {
        return snapshot(0, 7,
                List.of(new Snapshot.Service("haircut", "理发", "Haircut", "阳光公益", "Sunshine Charity", "活动室 2",
                        "Room 2", 30, 500, true, 1)),
                List.of(new Snapshot.Slot(SLOT, "haircut", Instant.parse("2026-11-24T02:00:00Z"), 8, 1, 2)),
                List.of(new Snapshot.Resident(WANG, WANG_CARD, "王秀英", 3, null),
                        new Snapshot.Resident(LI, LI_CARD, "Li Jianguo", 4, null)),
                List.of(new Snapshot.Balance(WANG, 240, 6), new Snapshot.Balance(LI, 90, 6)),
                List.of(new Snapshot.FamilyLink(WANG, LI, 5, true, Snapshot.FamilyRights.ALL,
                        Snapshot.FamilyRights.ALL)),
                List.of(new Snapshot.VolunteerTask(TASK, "为邻居读书", "Read to neighbours", "图书室", "Library",
                        Instant.parse("2026-11-25T06:00:00Z"), 60, true, 5)),
                List.of(new Snapshot.ConfirmedTask(TASK, WANG, 60,
                        Instant.parse("2026-11-25T07:05:00Z"), 6)));
    }

    private static Snapshot snapshot(long since, long version, List<Snapshot.Service> services,
            List<Snapshot.Slot> slots, List<Snapshot.Resident> residents, List<Snapshot.Balance> balances,
            List<Snapshot.FamilyLink> links, List<Snapshot.VolunteerTask> tasks,
            List<Snapshot.ConfirmedTask> confirmed) {
        return new Snapshot(since, version, GENERATED, LIMITS, services, slots, residents, balances, links, tasks,
                confirmed, List.of(), List.of(), List.of(), List.of());
    }

    /** Each row as its columns joined by '|'. */
    private List<String> rows(String sql) throws StorageException {
        return journal.database().inTransaction(connection -> {
            List<String> rows = new ArrayList<>();
            try (ResultSet result = connection.createStatement().executeQuery(sql)) {
                while (result.next()) {
                    rows.add(row(result));
                }
            }
            return rows;
        });
    }

    private static String row(ResultSet result) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
            columns.add(result.getString(i));
        }
        return String.join("|", columns);
    }
}
