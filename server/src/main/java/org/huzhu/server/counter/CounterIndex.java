package org.huzhu.server.counter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.authority.AuthorityRules;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.BookingCancelled;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.payload.CardReplaced;
import org.huzhu.protocol.payload.FaceEnrolled;
import org.huzhu.protocol.payload.FaceRemoved;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.FamilyPermissionsSet;
import org.huzhu.protocol.payload.FamilyUnlinked;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.protocol.payload.NoticeWithdrawn;
import org.huzhu.protocol.payload.Payload;
import org.huzhu.protocol.payload.PaymentOrderMatched;
import org.huzhu.protocol.payload.ResidentClosed;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.payload.ServiceRated;
import org.huzhu.protocol.payload.TransactionReversed;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.payload.VolunteerCheckedOut;
import org.huzhu.protocol.payload.VolunteerNoShow;
import org.huzhu.protocol.payload.VolunteerRated;

/**
 * Keeps the tables the counter queries read (V6, {@code counter_*}) up to date with each verdict, in the batch's own
 * database transaction, so they can never disagree with the ledger: either both are committed or neither. Called
 * after the business rules have applied a transaction, so the ledger entries it made are there to be read. Stateless.
 */
public final class CounterIndex {

    private CounterIndex() {
    }

    /**
     * Records what the counter needs of one transaction just judged and stored.
     *
     * @param rejection the rejection reason; {@code null} when it was accepted
     */
    public static void record(Connection connection, UnsignedTransaction body, String rejection, Instant receivedAt)
            throws SQLException {
        if (rejection != null) {
            rejected(connection, body, rejection, receivedAt);
        } else {
            accepted(connection, body);
        }
    }

    private static void accepted(Connection connection, UnsignedTransaction body) throws SQLException {
        String id = body.id().toString();
        String type = body.type().wireName();
        Instant at = body.createdAt();
        switch (body.payload()) {
            case ResidentEnrolled enrolled -> ResidentIndex.enrolled(connection, enrolled.residentId(),
                    enrolled.displayName(), at);
            case VolunteerCheckedIn checkIn -> SessionIndex.checkedIn(connection, checkIn.taskId(),
                    checkIn.volunteerId(), body.kioskId(), at);
            case VolunteerCheckedOut checkOut -> SessionIndex.checkedOut(connection, checkOut.taskId(),
                    checkOut.volunteerId(), body.kioskId(), at, checkOut.minutes());
            case ServiceConfirmed confirmed -> {
                SessionIndex.settled(connection, confirmed.taskId(), confirmed.volunteerId());
                activity(connection, id, at, type, confirmed.volunteerId().toString(),
                        ExchangeIndex.record(connection, id, type, at, confirmed.reason()));
            }
            case HoursRedeemed _, HoursTransferred _ -> activity(connection, id, at, type, "",
                    ExchangeIndex.record(connection, id, type, at, ""));
            case TransactionReversed reversal -> {
                activity(connection, id, at, type, "", ExchangeIndex.record(connection, id, type, at,
                        reversal.reason()));
                CorrectionIndex.reversed(connection, id);
            }
            case BookingCreated booking -> activity(connection, id, at, type, booking.serviceCode(), 0);
            case BookingCancelled cancel -> activity(connection, id, at, type,
                    serviceOfBooking(connection, cancel.bookingId()),
                    ExchangeIndex.record(connection, id, type, at, cancel.reason()));
            case VolunteerRated rating -> activity(connection, id, at, type, rating.volunteerId().toString(),
                    rating.stars());
            case VolunteerNoShow noShow -> SessionIndex.settled(connection, noShow.taskId(), noShow.volunteerId());
            case ResidentProfileSet profile -> ResidentIndex.profileSet(connection, profile.residentId());
            // family unlink and one-way rights (issue 12 part 2): a link's changes are in both residents' statements
            case FamilyUnlinked unlink -> ExchangeIndex.recordFamily(connection, id, type, at,
                    unlink.residentId().toString(), unlink.memberId().toString(), unlink.reason());
            case FamilyPermissionsSet rights -> ExchangeIndex.recordFamily(connection, id, type, at,
                    rights.residentId().toString(), rights.memberId().toString(), "");
            case FamilyLinked _, PaymentOrderMatched _, CardReplaced _ -> {
                // nothing the counter lists (payment orders come with the hospital issue)
            }
            case ServiceRated _, NoticePosted _, NoticeWithdrawn _ -> {
                // issue 12 part 7: the report reads service_rating (V7) itself; notices are no resident's activity
            }
            // The closing's refunds and balance move, on the statements of the resident and of whoever inherits.
            case ResidentClosed closing -> ExchangeIndex.record(connection, id, type, at, closing.reason());
            case AidApplied _, HospitalOrderSubmitted _ -> {
                // issue 13: the aid tables (V13) are their index; a statement of minutes has nothing of them
            }
            case FaceEnrolled _, FaceRemoved _ -> {
                // issue 14: face_template (V16) is their index; the file shows whether a face is enrolled
            }
        }
    }

    /** The resident a transaction is for: the one it acts for, else the one it enrols, links, credits or rates. */
    static Optional<UUID> residentOf(Payload payload) {
        return switch (payload) {
            case HoursRedeemed _, HoursTransferred _, BookingCreated _, BookingCancelled _, VolunteerCheckedIn _,
                 VolunteerCheckedOut _ -> AuthorityRules.actingFor(payload);
            case ResidentEnrolled enrolled -> Optional.of(enrolled.residentId());
            case FamilyLinked link -> Optional.of(link.residentId());
            case ServiceConfirmed confirmed -> Optional.of(confirmed.volunteerId());
            case VolunteerRated rating -> Optional.of(rating.volunteerId());
            case VolunteerNoShow noShow -> Optional.of(noShow.volunteerId());
            case ResidentProfileSet profile -> Optional.of(profile.residentId());
            case CardReplaced replaced -> Optional.of(replaced.residentId());
            case PaymentOrderMatched _, TransactionReversed _ -> Optional.empty();
            case ServiceRated rating -> Optional.of(rating.residentId()); // issue 12 part 7
            case NoticePosted _, NoticeWithdrawn _ -> Optional.empty();
            case FamilyUnlinked unlink -> Optional.of(unlink.residentId()); // issue 12 part 2
            case FamilyPermissionsSet rights -> Optional.of(rights.residentId());
            case ResidentClosed closing -> Optional.of(closing.residentId());
            case AidApplied applied -> Optional.of(applied.residentId()); // issue 13
            // A desk's refused hospital order is the hospital's to act on, not a community counter's.
            case HospitalOrderSubmitted _ -> Optional.empty();
            case FaceEnrolled enrolled -> Optional.of(enrolled.residentId()); // issue 14
            case FaceRemoved removed -> Optional.of(removed.residentId());
        };
    }

    private static void rejected(Connection connection, UnsignedTransaction body, String reason, Instant receivedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO counter_rejection (transaction_id, received_at_ms, kiosk_id, sequence, type,
                    created_at_ms, reason, resident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, body.id().toString());
            insert.setLong(2, receivedAt.toEpochMilli());
            insert.setString(3, body.kioskId());
            insert.setLong(4, body.sequence());
            insert.setString(5, body.type().wireName());
            insert.setLong(6, body.createdAt().toEpochMilli());
            insert.setString(7, reason);
            insert.setString(8, residentOf(body.payload()).map(UUID::toString).orElse(null));
            insert.executeUpdate();
        }
    }

    private static void activity(Connection connection, String transactionId, Instant createdAt, String type,
            String subject, long amount) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO counter_activity (transaction_id, created_at_ms, type, subject, amount)
                VALUES (?, ?, ?, ?, ?)""")) {
            insert.setString(1, transactionId);
            insert.setLong(2, createdAt.toEpochMilli());
            insert.setString(3, type);
            insert.setString(4, subject);
            insert.setLong(5, amount);
            insert.executeUpdate();
        }
    }

    private static String serviceOfBooking(Connection connection, UUID bookingId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT s.service_code FROM booking b JOIN slot s ON s.slot_id = b.slot_id WHERE b.booking_id = ?""")) {
            query.setString(1, bookingId.toString());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("booking " + bookingId + " was cancelled but is not stored");
                }
                return row.getString(1);
            }
        }
    }
}
