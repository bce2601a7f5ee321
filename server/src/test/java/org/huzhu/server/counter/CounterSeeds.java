package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a fresh database with a large community, row by row in the shapes ingest and {@link CounterIndex} give the
 * tables, for {@link CounterQueryBench}: residents with Chinese names (and their search keys), 30 % with a phone;
 * posting transactions spread over three years (a transaction record with a stub envelope, two ledger entries, one
 * exchange and one activity row each);
 * volunteer sessions (10 % waiting) and rejections.
 */
final class CounterSeeds {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建国春梅文辉力志";
    private static final long YEAR_MS = Duration.ofDays(365).toMillis();
    private static final String[] TYPES = {"hours.redeemed", "service.confirmed", "hours.transferred"};

    private CounterSeeds() {
    }

    static void seed(Connection connection, Random random, Instant now, int residents, int transactions)
            throws SQLException {
        String[] ids = new String[residents];
        long end = now.toEpochMilli();
        long start = end - 3 * YEAR_MS;
        try (PreparedStatement resident = connection.prepareStatement(
                "INSERT INTO resident (resident_id, card_hash, id_number_hash, display_name, version) VALUES (?, ?, ?, ?, 1)");
             PreparedStatement counter = connection.prepareStatement("""
                     INSERT INTO counter_resident (resident_id, member_number, display_name, name_folded,
                         enrolled_at_ms, last_exchange_ms) VALUES (?, ?, ?, ?, ?, NULL)""");
             PreparedStatement key = connection.prepareStatement(
                     "INSERT INTO counter_search_key (search_key, resident_id) VALUES (?, ?)");
             PreparedStatement profile = connection.prepareStatement("""
                     INSERT INTO resident_profile (resident_id, language, phone, phone_digits, emergency_name,
                         emergency_phone, consent, transaction_id, set_at_ms) VALUES (?, 'zh-CN', ?, ?, '', '', 'v1', ?, ?)""")) {
            for (int i = 0; i < residents; i++) {
                ids[i] = new UUID(random.nextLong(), random.nextLong()).toString();
                String name = name(random);
                long enrolled = start + (long) (random.nextDouble() * (end - start) / 2);
                resident.setString(1, ids[i]);
                resident.setString(2, String.format("%064x", i));
                resident.setString(3, "1d".repeat(32));
                resident.setString(4, name);
                resident.addBatch();
                counter.setString(1, ids[i]);
                counter.setLong(2, i + 1);
                counter.setString(3, name);
                counter.setString(4, ResidentIndex.folded(name));
                counter.setLong(5, enrolled);
                counter.addBatch();
                for (String searchKey : SearchKeys.ofName(name)) {
                    key.setString(1, searchKey);
                    key.setString(2, ids[i]);
                    key.addBatch();
                }
                if (random.nextInt(10) < 3) {
                    String digits = "13" + String.format("%09d", random.nextInt(1_000_000_000));
                    profile.setString(1, ids[i]);
                    profile.setString(2, digits);
                    profile.setString(3, digits);
                    profile.setString(4, UUID.randomUUID().toString());
                    profile.setLong(5, enrolled);
                    profile.addBatch();
                    for (String searchKey : SearchKeys.ofPhone(digits)) {
                        key.setString(1, searchKey);
                        key.setString(2, ids[i]);
                        key.addBatch();
                    }
                }
                if (i % 5_000 == 4_999) {
                    flush(resident, counter, key, profile);
                }
            }
            flush(resident, counter, key, profile);
        }
        seedTransactions(connection, random, ids, start, end, transactions);
        seedSessionsAndRejections(connection, random, ids, start, end);
    }

    private static void seedTransactions(Connection connection, Random random, String[] ids, long start, long end,
            int transactions) throws SQLException {
        long[] balances = new long[ids.length];
        try (PreparedStatement kiosk = connection.prepareStatement("""
                INSERT INTO kiosk (kiosk_id, suite, public_key, status, enrolled_at, code_hash, head_sequence,
                    head_hash) VALUES ('K-bench', 'ed25519-sha256', '', 'active', '2026-01-01T00:00:00Z', '', 0, '')""")) {
            kiosk.executeUpdate();
        }
        try (PreparedStatement record = connection.prepareStatement("""
                INSERT INTO transaction_record (transaction_id, kiosk_id, sequence, envelope, envelope_hash, type,
                    created_at_ms, verdict, reason, warnings, received_at)
                VALUES (?, 'K-bench', ?, '{}', '', ?, ?, 'accepted', NULL, '', '2026-01-01T00:00:00Z')""");
             PreparedStatement ledger = connection.prepareStatement("""
                INSERT INTO ledger_entry (posting_id, leg, account_id, minutes, kind, transaction_id, reference,
                    reverses_posting, recorded_at) VALUES (?, ?, ?, ?, 'credit', ?, NULL, NULL, '2026-01-01T00:00:00Z')""");
             PreparedStatement exchange = connection.prepareStatement("""
                     INSERT INTO counter_exchange (resident_id, created_at_ms, transaction_id, type, minutes,
                         counterparty_id, reverses, reversed_by, reason) VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, '')""");
             PreparedStatement activity = connection.prepareStatement("""
                     INSERT INTO counter_activity (transaction_id, created_at_ms, type, subject, amount)
                     VALUES (?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < transactions; i++) {
                int who = random.nextInt(ids.length);
                String transaction = new UUID(random.nextLong(), random.nextLong()).toString();
                String type = TYPES[random.nextInt(TYPES.length)];
                long at = start + (long) (random.nextDouble() * (end - start));
                long minutes = 10 + random.nextInt(120);
                long signed = type.equals("service.confirmed") ? minutes : -minutes;
                balances[who] += signed;
                record.setString(1, transaction);
                record.setLong(2, i + 1);
                record.setString(3, type);
                record.setLong(4, at);
                record.addBatch();
                ledger.setLong(1, i + 1);
                ledger.setInt(2, 1);
                ledger.setString(3, signed > 0 ? "pool" : "resident:" + ids[who]);
                ledger.setLong(4, -minutes);
                ledger.setString(5, transaction);
                ledger.addBatch();
                ledger.setLong(1, i + 1);
                ledger.setInt(2, 2);
                ledger.setString(3, signed > 0 ? "resident:" + ids[who] : "pool");
                ledger.setLong(4, minutes);
                ledger.setString(5, transaction);
                ledger.addBatch();
                exchange.setString(1, ids[who]);
                exchange.setLong(2, at);
                exchange.setString(3, transaction);
                exchange.setString(4, type);
                exchange.setLong(5, signed);
                exchange.addBatch();
                activity.setString(1, transaction);
                activity.setLong(2, at);
                activity.setString(3, type);
                activity.setString(4, type.equals("service.confirmed") ? ids[who] : "");
                activity.setLong(5, minutes);
                activity.addBatch();
                if (i % 10_000 == 9_999) {
                    flush(record, ledger, exchange, activity);
                }
            }
            flush(record, ledger, exchange, activity);
        }
        try (PreparedStatement account = connection.prepareStatement(
                "INSERT INTO account (account_id, balance, version) VALUES (?, ?, 1)");
             PreparedStatement last = connection.prepareStatement("""
                     UPDATE counter_resident SET last_exchange_ms = (SELECT MAX(x.created_at_ms) FROM counter_exchange x
                         WHERE x.resident_id = counter_resident.resident_id)""")) {
            long pool = 0;
            for (int i = 0; i < ids.length; i++) {
                account.setString(1, "resident:" + ids[i]);
                account.setLong(2, balances[i]);
                account.addBatch();
                pool -= balances[i];
            }
            account.setString(1, "pool");
            account.setLong(2, pool);
            account.addBatch();
            account.executeBatch();
            last.executeUpdate();
        }
    }

    private static void seedSessionsAndRejections(Connection connection, Random random, String[] ids, long start,
            long end) throws SQLException {
        String[] tasks = new String[2_000];
        try (PreparedStatement task = connection.prepareStatement("""
                INSERT INTO volunteer_task (task_id, title_zh, title_en, place_zh, place_en, starts_at, minutes,
                    active, version) VALUES (?, '食堂帮厨', 'Canteen', '食堂', 'Canteen', ?, 90, 1, 1)""")) {
            for (int i = 0; i < tasks.length; i++) {
                tasks[i] = new UUID(random.nextLong(), random.nextLong()).toString();
                task.setString(1, tasks[i]);
                task.setString(2, Instant.ofEpochMilli(start + i * ((end - start) / tasks.length)).toString());
                task.addBatch();
            }
            task.executeBatch();
        }
        try (PreparedStatement session = connection.prepareStatement("""
                INSERT INTO counter_volunteer_session (task_id, volunteer_id, kiosk_id, checked_in_ms, checked_out_ms,
                    checked_out_minutes, listed_at_ms, waiting) VALUES (?, ?, 'K-bench', ?, ?, 90, ?, ?)
                ON CONFLICT (task_id, volunteer_id) DO NOTHING""");
             PreparedStatement rejection = connection.prepareStatement("""
                     INSERT INTO counter_rejection (transaction_id, received_at_ms, kiosk_id, sequence, type,
                         created_at_ms, reason, resident_id) VALUES (?, ?, 'K-bench', ?, 'hours.redeemed', ?,
                         'insufficient-balance', ?)""")) {
            for (int i = 0; i < 200_000; i++) {
                long at = start + (long) (random.nextDouble() * (end - start));
                session.setString(1, tasks[random.nextInt(tasks.length)]);
                session.setString(2, ids[random.nextInt(ids.length)]);
                session.setLong(3, at);
                session.setLong(4, at + 5_400_000);
                session.setLong(5, at);
                session.setInt(6, random.nextInt(10) == 0 ? 1 : 0);
                session.addBatch();
                if (i < 50_000) {
                    rejection.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
                    rejection.setLong(2, at);
                    rejection.setLong(3, i + 1);
                    rejection.setLong(4, at);
                    rejection.setString(5, ids[random.nextInt(ids.length)]);
                    rejection.addBatch();
                }
            }
            flush(session, rejection);
        }
    }

    /** One resident with history, for the statement. */
    static String someResident(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT resident_id FROM counter_resident WHERE member_number = 54321");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = 1 + random.nextInt(2);
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
