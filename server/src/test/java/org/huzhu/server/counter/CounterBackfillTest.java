package org.huzhu.server.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.TransactionReversed;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.VolunteerCheckedOut;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database from before the counter's tables: replaying its transactions once gives the same answers as keeping the
 * tables verdict by verdict did, whatever order the database returns them in. SQLite and PostgreSQL (which streams the
 * replay with a cursor).
 */
class CounterBackfillTest {

    private static final List<String> TABLES = List.of("counter_exchange", "counter_activity",
            "counter_volunteer_session", "counter_rejection", "counter_search_key", "counter_resident");

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void replayingTheJournalRebuildsTheSameAnswers(Stores store) throws Exception {
        try (ServerParts parts = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, ServerParts.START);
            KioskRecord record = parts.enrol(kiosk);
            UUID mother = UUID.randomUUID();
            UUID son = UUID.randomUUID();
            UUID task = parts.firstVolunteerTask();
            parts.linkFamily(record, kiosk, mother, son);
            List<byte[]> envelopes = new java.util.ArrayList<>(List.of(
                    kiosk.next(new VolunteerCheckedIn(mother, task), ServerParts.cardOf(mother)),
                    kiosk.next(new VolunteerCheckedOut(mother, task, 60), ServerParts.cardOf(mother)),
                    kiosk.next(new ServiceConfirmed(task, mother, 60, "ST-1", ""), TestKiosk.STAFF),
                    kiosk.next(new VolunteerRated(task, mother, 4, ""), TestKiosk.STAFF),
                    kiosk.next(new VolunteerCheckedIn(son, task), ServerParts.cardOf(son)),
                    kiosk.next(new VolunteerNoShow(task, son, ""), TestKiosk.STAFF)));
            byte[] transfer = kiosk.next(new HoursTransferred(mother, son, 20), TestKiosk.STAFF);
            envelopes.add(transfer);
            envelopes.add(kiosk.next(new TransactionReversed(TransactionCodec.decode(transfer).body().id(),
                    "mistake"), TestKiosk.STAFF));
            envelopes.add(kiosk.next(new ResidentProfileSet(son, "zh-CN", "138 0013 8000", "", "", "v1"),
                    TestKiosk.STAFF));
            envelopes.add(kiosk.next(new HoursRedeemed(son, 500, UUID.randomUUID()), TestKiosk.STAFF));
            BatchResponse response = parts.send(record, envelopes);
            assertThat(response.stopped()).isNull();
            CounterQueries queries = new CounterQueries(parts.database, ZoneId.of("Asia/Shanghai"));
            List<Object> kept = answers(queries, mother, son);
            assertThat(queries.volunteerSessions("status=all").items()).extracting(session -> session.status())
                    .containsExactlyInAnyOrder("confirmed", "no-show");
            assertThat(queries.statement("residentId=" + mother).entries().items()).hasSize(3);

            parts.database.inTransaction(connection -> {
                for (String table : TABLES) {
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table)) {
                        delete.executeUpdate();
                    }
                }
                try (PreparedStatement reset = connection.prepareStatement(
                        "UPDATE counter_state SET next_member = 1, indexed = 0 WHERE id = 1")) {
                    return reset.executeUpdate();
                }
            });
            assertThat(queries.residents("q=M000001").total()).as("the tables are empty").isZero();
            long replayed = parts.database.inTransaction(CounterBackfill::run);
            long again = parts.database.inTransaction(CounterBackfill::run);

            assertThat(replayed).isEqualTo(13);
            assertThat(again).as("once only").isZero();
            assertThat(answers(queries, mother, son)).isEqualTo(kept);
            assertThat(queries.residents("q=00138000").items()).singleElement()
                    .satisfies(resident -> assertThat(resident.residentId()).isEqualTo(son.toString()));
        }
    }

    private static List<Object> answers(CounterQueries queries, UUID mother, UUID son) throws Exception {
        return List.of(queries.volunteerSessions("status=all"), queries.residents("q=%E5%B1%85%E6%B0%91"),
                queries.residents("q=8000"), queries.rejections(""),
                queries.report("from=2026-11-23&to=2026-11-23&inactiveDays=1"),
                queries.statement("residentId=" + mother), queries.statement("residentId=" + son));
    }
}
