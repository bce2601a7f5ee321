package org.huzhu.kiosk.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.protocol.sync.Snapshot;

/** Writes a snapshot's rows into the kiosk's snapshot tables by key, inside the caller's transaction. */
final class SnapshotRows {

    /** The snapshot does not say what kind of card a hash belongs to; social-security cards are what residents enrol
     * with, and nothing looks a resident up by kind. */
    private static final String CARD_KIND = "social-security";

    private SnapshotRows() {
    }

    /**
     * Upserts every row of {@code snapshot}; services before the slots that refer to them. Nothing is deleted (an
     * ended family link stays, inactive).
     */
    static void apply(Connection connection, Snapshot snapshot, Instant now) throws SQLException {
        upsertServices(connection, snapshot.services());
        upsertSlots(connection, snapshot.slots());
        upsertResidents(connection, snapshot.residents(), now);
        forEachRow(connection, """
                INSERT INTO balance (resident_id, minutes) VALUES (?, ?)
                ON CONFLICT (resident_id) DO UPDATE SET minutes = excluded.minutes""",
                snapshot.balances(), (insert, balance) -> {
                    insert.setString(1, balance.residentId());
                    insert.setLong(2, balance.balanceMinutes());
                });
        upsertFamily(connection, snapshot.familyLinks());
        upsertTasks(connection, snapshot);
        upsertVoice(connection, snapshot); // issue 12 part 7
        forEachRow(connection, """
                INSERT INTO correction (transaction_id, resident_id, minutes, corrected_type, reason, corrected_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                snapshot.corrections(), (insert, correction) -> {
                    insert.setString(1, correction.transactionId());
                    insert.setString(2, correction.residentId());
                    insert.setLong(3, correction.minutes());
                    insert.setString(4, correction.correctedType());
                    insert.setString(5, correction.reason());
                    insert.setString(6, correction.correctedAt().toString());
                });
        upsertAid(connection, snapshot.aidOrders()); // issue 13 part 6
        forEachRow(connection, """
                INSERT INTO revoked_resident_code (code_id, resident_id, revoked_at, expires_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (code_id) DO UPDATE SET revoked_at = excluded.revoked_at""",
                snapshot.revokedResidentCodes(), (insert, revoked) -> { // issue 14 part 6
                    insert.setString(1, revoked.codeId());
                    insert.setString(2, revoked.residentId());
                    insert.setString(3, revoked.revokedAt().toString());
                    insert.setString(4, revoked.expiresAt().toString());
                });
    }

    /**
     * Charities' aid orders: each arrives whole whenever it changed, so its payments here are replaced by the ones it
     * lists (a payment is never taken back, but a row kept from before would be counted twice).
     */
    private static void upsertAid(Connection connection, List<Snapshot.AidOrder> orders) throws SQLException {
        forEachRow(connection, """
                INSERT INTO aid_order (order_id, resident_id, charity_name, hospital_name, approved_fen, paid_fen,
                    status, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE SET resident_id = excluded.resident_id,
                    charity_name = excluded.charity_name, hospital_name = excluded.hospital_name,
                    approved_fen = excluded.approved_fen, paid_fen = excluded.paid_fen, status = excluded.status,
                    valid_until = excluded.valid_until""",
                orders, (insert, order) -> {
                    insert.setString(1, order.orderId());
                    insert.setString(2, order.residentId());
                    insert.setString(3, order.charityName());
                    insert.setString(4, order.hospitalName());
                    insert.setLong(5, order.approvedFen());
                    insert.setLong(6, order.paidFen());
                    insert.setString(7, order.status());
                    insert.setString(8, order.validUntil().toString());
                });
        forEachRow(connection, "DELETE FROM aid_payment WHERE order_id = ?", orders,
                (delete, order) -> delete.setString(1, order.orderId()));
        record Payment(String orderId, int seq, Snapshot.AidPayment payment) {
        }
        List<Payment> payments = new ArrayList<>();
        for (Snapshot.AidOrder order : orders) {
            for (int i = 0; i < order.payments().size(); i++) {
                payments.add(new Payment(order.orderId(), i, order.payments().get(i)));
            }
        }
        forEachRow(connection, "INSERT INTO aid_payment (order_id, seq, amount_fen, paid_at) VALUES (?, ?, ?, ?)",
                payments, (insert, payment) -> {
                    insert.setString(1, payment.orderId());
                    insert.setInt(2, payment.seq());
                    insert.setLong(3, payment.payment().amountFen());
                    insert.setString(4, payment.payment().paidAt().toString());
                });
    }

    /** The centre's notices (a withdrawal arrives as the notice, inactive) and each service's rating totals. */
    private static void upsertVoice(Connection connection, Snapshot snapshot) throws SQLException {
        forEachRow(connection, """
                INSERT INTO notice (id, text_zh, text_en, from_date, until_date, active, posted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET text_zh = excluded.text_zh, text_en = excluded.text_en,
                    from_date = excluded.from_date, until_date = excluded.until_date, active = excluded.active,
                    posted_at = excluded.posted_at""",
                snapshot.notices(), (insert, notice) -> {
                    insert.setString(1, notice.noticeId());
                    insert.setString(2, notice.textZh());
                    insert.setString(3, notice.textEn());
                    insert.setString(4, notice.fromDate().toString());
                    insert.setString(5, notice.untilDate().toString());
                    insert.setInt(6, notice.active() ? 1 : 0);
                    insert.setString(7, notice.postedAt().toString());
                });
        forEachRow(connection, """
                INSERT INTO service_rating_total (service_code, ratings, stars_total) VALUES (?, ?, ?)
                ON CONFLICT (service_code) DO UPDATE SET ratings = excluded.ratings,
                    stars_total = excluded.stars_total""",
                snapshot.serviceRatings(), (insert, rating) -> {
                    insert.setString(1, rating.serviceCode());
                    insert.setInt(2, rating.ratings());
                    insert.setLong(3, rating.starsTotal());
                });
    }

    private static void upsertServices(Connection connection, List<Snapshot.Service> services) throws SQLException {
        forEachRow(connection, """
                INSERT INTO service (code, name_zh, name_en, provider_zh, provider_en, place_zh, place_en, cost_minutes,
                                     cost_fen, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
                    provider_zh = excluded.provider_zh, provider_en = excluded.provider_en,
                    place_zh = excluded.place_zh, place_en = excluded.place_en,
                    cost_minutes = excluded.cost_minutes, cost_fen = excluded.cost_fen, active = excluded.active""",
                services, (insert, service) -> {
                    insert.setString(1, service.code());
                    insert.setString(2, service.nameZh());
                    insert.setString(3, service.nameEn());
                    insert.setString(4, service.providerZh());
                    insert.setString(5, service.providerEn());
                    insert.setString(6, service.placeZh());
                    insert.setString(7, service.placeEn());
                    insert.setInt(8, service.costMinutes());
                    insert.setLong(9, service.costFen());
                    insert.setInt(10, service.active() ? 1 : 0);
                });
    }

    private static void upsertSlots(Connection connection, List<Snapshot.Slot> slots) throws SQLException {
        forEachRow(connection, """
                INSERT INTO slot (id, service_code, starts_at, capacity, booked) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET service_code = excluded.service_code, starts_at = excluded.starts_at,
                    capacity = excluded.capacity, booked = excluded.booked""",
                slots, (insert, slot) -> {
                    insert.setString(1, slot.slotId());
                    insert.setString(2, slot.serviceCode());
                    insert.setString(3, slot.startsAt().toString());
                    insert.setInt(4, slot.capacity());
                    insert.setInt(5, slot.booked());
                });
    }

    /**
     * Residents and their cards, as the server knows them. The server binds one card per resident, so a resident's
     * other bindings here are removed (a replaced tag must stop working), and a card bound to someone else here is
     * moved to the resident the server names. A resident's language is the one they chose at the counter once the
     * server has it (their profile), and until then the kiosk's own setting, which is kept.
     */
    private static void upsertResidents(Connection connection, List<Snapshot.Resident> residents, Instant now)
            throws SQLException {
        forEachRow(connection, """
                INSERT INTO resident (id, display_name, created_at, closed_at, language)
                VALUES (?, ?, ?, ?, COALESCE(?, 'zh-CN'))
                ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, closed_at = excluded.closed_at,
                    language = COALESCE(?, resident.language)""",
                residents, (insert, resident) -> {
                    insert.setString(1, resident.residentId());
                    insert.setString(2, resident.displayName());
                    insert.setString(3, now.toString());
                    insert.setString(4, resident.closedAt() == null ? null : resident.closedAt().toString());
                    insert.setString(5, resident.language());
                    insert.setString(6, resident.language());
                });
        forEachRow(connection, "DELETE FROM card_binding WHERE resident_id = ? AND card_key <> ?",
                residents, (delete, resident) -> {
                    delete.setString(1, resident.residentId());
                    delete.setString(2, resident.cardHash());
                });
        forEachRow(connection, """
                INSERT INTO card_binding (card_key, kind, resident_id, bound_at, card_serial) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (card_key) DO UPDATE SET resident_id = excluded.resident_id,
                    card_serial = excluded.card_serial,
                    bound_at = CASE WHEN card_binding.resident_id <> excluded.resident_id THEN excluded.bound_at
                                    ELSE card_binding.bound_at END""",
                residents, (insert, resident) -> {
                    insert.setString(1, resident.cardHash());
                    insert.setString(2, CARD_KIND);
                    insert.setString(3, resident.residentId());
                    insert.setString(4, now.toString());
                    insert.setString(5, resident.cardSerialHash());
                });
    }

    /** One direction of a family link as the kiosk stores it: what {@code memberId} may do for {@code residentId}. */
    private record Direction(String residentId, String memberId, boolean active, Snapshot.FamilyRights rights) {
    }

    /**
     * Listed once by the server with both directions' rights: the kiosk stores one row per direction. An unlink
     * arrives as the link inactive and stays so, so a member's card stops acting for the resident here.
     */
    private static void upsertFamily(Connection connection, List<Snapshot.FamilyLink> links) throws SQLException {
        forEachRow(connection, """
                INSERT INTO family_link (resident_id, member_id, active, may_book, may_redeem, may_receive)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (resident_id, member_id) DO UPDATE SET active = excluded.active,
                    may_book = excluded.may_book, may_redeem = excluded.may_redeem, may_receive = excluded.may_receive""",
                links.stream().flatMap(link -> List.of(
                        new Direction(link.residentId(), link.memberId(), link.active(), link.memberForResident()),
                        new Direction(link.memberId(), link.residentId(), link.active(), link.residentForMember()))
                        .stream()).toList(), (insert, direction) -> {
                    insert.setString(1, direction.residentId());
                    insert.setString(2, direction.memberId());
                    insert.setInt(3, direction.active() ? 1 : 0);
                    insert.setInt(4, direction.rights().mayBook() ? 1 : 0);
                    insert.setInt(5, direction.rights().mayRedeem() ? 1 : 0);
                    insert.setInt(6, direction.rights().mayReceive() ? 1 : 0);
                });
    }

    private static void upsertTasks(Connection connection, Snapshot snapshot) throws SQLException {
        forEachRow(connection, """
                INSERT INTO volunteer_task (id, title_zh, title_en, place_zh, place_en, starts_at, minutes, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET title_zh = excluded.title_zh, title_en = excluded.title_en,
                    place_zh = excluded.place_zh, place_en = excluded.place_en, starts_at = excluded.starts_at,
                    minutes = excluded.minutes, active = excluded.active""",
                snapshot.volunteerTasks(), (insert, task) -> {
                    insert.setString(1, task.taskId());
                    insert.setString(2, task.titleZh());
                    insert.setString(3, task.titleEn());
                    insert.setString(4, task.placeZh());
                    insert.setString(5, task.placeEn());
                    insert.setString(6, task.startsAt().toString());
                    insert.setInt(7, task.minutes());
                    insert.setInt(8, task.active() ? 1 : 0);
                });
        forEachRow(connection, """
                INSERT INTO confirmed_task (task_id, volunteer_id, minutes, confirmed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (task_id, volunteer_id) DO UPDATE SET minutes = excluded.minutes,
                    confirmed_at = excluded.confirmed_at""",
                snapshot.confirmedTasks(), (insert, confirmed) -> {
                    insert.setString(1, confirmed.taskId());
                    insert.setString(2, confirmed.volunteerId());
                    insert.setInt(3, confirmed.minutes());
                    insert.setString(4, confirmed.confirmedAt().toString());
                });
    }

    /** Sets one statement's parameters from a row. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /** Runs {@code sql} once per row, as one JDBC batch. */
    private static <T> void forEachRow(Connection connection, String sql, List<T> rows, Binder<T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
