package org.huzhu.kiosk.community;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.server.testsupport.MutableClock;

/**
 * A kiosk with a real journal and SQLite file whose snapshot tables are filled by hand (what the sync client writes
 * from a server snapshot), so the domain can be tested on its own.
 */
final class CommunityFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-23T01:00:00Z"); // 09:00 in Shanghai
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final UUID WANG = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID LI = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID ZHANG = UUID.fromString("00000000-0000-4000-8000-000000000003");
    static final Actor WANG_CARD = new Actor("a1".repeat(32), SignInMethod.CARD);

    final MutableClock clock = new MutableClock(START);
    final OpenJournal journal;
    final Community community;
    final List<String> nudges = new ArrayList<>();

    CommunityFixture(Path folder) throws Exception {
        journal = OpenJournal.open(folder.resolve("kiosk.db"), TestJournals.PASSPHRASE.toCharArray(),
                SignatureSuites.ED25519_SHA256, clock);
        community = Community.open(journal, clock, SHANGHAI, Duration.ofHours(2), () -> nudges.add("recorded"));
        sql("""
                INSERT INTO resident (id, display_name, language, created_at) VALUES
                  ('%s', '王秀英', 'zh-CN', 'x'), ('%s', '李建国', 'zh-CN', 'x'), ('%s', '张伟', 'en', 'x')"""
                .formatted(WANG, LI, ZHANG));
        sql("INSERT INTO family_link (resident_id, member_id) VALUES ('%s', '%s'), ('%s', '%s')"
                .formatted(WANG, LI, LI, WANG));
        // Wang signs in with her card: the authority rule lets it act for her and for Li, her linked family.
        sql("INSERT INTO card_binding (card_key, kind, resident_id, bound_at) VALUES ('%s', 'social-security', '%s', 'x')"
                .formatted(WANG_CARD.cardHash(), WANG));
        sql("""
                INSERT INTO service VALUES
                  ('haircut', '理发', 'Haircut', '社区志愿者', 'Volunteers', '2号室', 'Room 2', 30, 500, 1),
                  ('health-check', '健康检查', 'Health check', '社区医生', 'Doctor', '诊室', 'Clinic', 0, 0, 1)""");
    }

    /** A snapshot taken now, covering every journal sequence up to {@code covers}, with the default policy. */
    void snapshot(long covers) throws Exception {
        sql("DELETE FROM snapshot_state");
        sql("""
                INSERT INTO snapshot_state VALUES (1, 1, '%s', %d, 0, 30, 120, %d, '%s', 60)"""
                .formatted(clock.instant(), covers, Duration.ofHours(72).toMinutes(), clock.instant()));
    }

    void balance(UUID resident, long minutes) throws Exception {
        sql("INSERT INTO balance VALUES ('%s', %d) ON CONFLICT (resident_id) DO UPDATE SET minutes = excluded.minutes"
                .formatted(resident, minutes));
    }

    UUID slot(String service, Duration fromNow, int capacity, int booked) throws Exception {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO slot VALUES ('%s', '%s', '%s', %d, %d)".formatted(id, service, clock.instant().plus(fromNow),
                capacity, booked));
        return id;
    }

    UUID task(String title, Duration fromNow) throws Exception {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO volunteer_task VALUES ('%s', '%s', '%s', '活动室', 'Activity room', '%s', 60, 1)"
                .formatted(id, title, title, clock.instant().plus(fromNow)));
        return id;
    }

    void markRejected(long sequence) throws Exception {
        journal.outbox().markRejected(sequence, "slot-full");
    }

    long head() {
        return journal.journal().headSequence();
    }

    void sql(String statement) throws Exception {
        journal.database().inTransaction(connection -> run(connection, statement));
    }

    private static int run(Connection connection, String statement) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement)) {
            return prepared.executeUpdate();
        }
    }

    @Override
    public void close() throws Exception {
        journal.close();
    }
}
