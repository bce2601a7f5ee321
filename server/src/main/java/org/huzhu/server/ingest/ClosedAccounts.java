package org.huzhu.server.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.UnsignedTransaction;
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
import org.huzhu.server.catalogue.Catalogue;
import org.huzhu.server.community.AccountClosures;
import org.huzhu.server.community.FamilyLinks;
import org.huzhu.server.ledger.Ledger;
import org.huzhu.server.store.Queries;

/**
 * Closing an account and what a closed account refuses (docs/protocol.md §7, "Closing an account"). The balance rule
 * is applied from the ledger as it stands when the server accepts the {@code resident.closed}, whatever the counter
 * showed: (a) bookings whose slot starts after the transaction's {@code createdAt} are cancelled and refunded, (b)
 * then a positive balance moves to the named family member or the pool and an overdraft is written off from the pool,
 * as {@code closure} postings, (c) the resident row stays, marked closed. Stateless.
 */
final class ClosedAccounts {

    private ClosedAccounts() {
    }

    /**
     * Whether the transaction acts for or is about a closed resident, or is made with a closed resident's card: then
     * it is refused {@code account-closed} (a second closing included). A reversal is judged by the accounts its
     * postings touch ({@link #touchesClosed}).
     */
    static boolean concernsClosed(Connection connection, Actor actor, Payload payload) throws SQLException {
        for (UUID resident : concerned(payload)) {
            if (AccountClosures.closed(connection, resident)) {
                return true;
            }
        }
        if (actor.method() == SignInMethod.RESIDENT_CODE) {
            return Queries.exists(connection, """
                    SELECT 1 FROM resident_code c JOIN resident r ON r.resident_id = c.resident_id
                    WHERE c.actor_hash = ? AND r.closed_at_ms IS NOT NULL""", actor.cardHash());
        }
        return !actor.cardHash().isEmpty() && Queries.exists(connection,
                "SELECT 1 FROM resident WHERE card_hash = ? AND closed_at_ms IS NOT NULL", actor.cardHash());
    }

    /** Whether reversing these postings would move minutes into or out of a closed resident's account. */
    static boolean touchesClosed(Connection connection, List<Ledger.Posting> postings) throws SQLException {
        for (Ledger.Posting posting : postings) {
            for (String account : List.of(posting.from(), posting.to())) {
                if (account.startsWith(Ledger.RESIDENT_PREFIX) && AccountClosures.closed(connection,
                        UUID.fromString(account.substring(Ledger.RESIDENT_PREFIX.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Staff (checked before) close an enrolled, open account (checked before too) by the balance rule. */
    static Outcome close(Connection connection, UnsignedTransaction body, ResidentClosed closing, Instant now)
            throws SQLException {
        UUID resident = closing.residentId();
        if (!Catalogue.residentExists(connection, resident)) {
            return Outcome.rejected(BusinessRules.UNKNOWN_RESIDENT);
        }
        Optional<UUID> heir = closing.heir();
        if (heir.isPresent() && !mayInherit(connection, resident, heir.get())) {
            return Outcome.rejected(BusinessRules.NOT_FAMILY);
        }
        String id = body.id().toString();
        for (AccountClosures.OpenBooking booking : AccountClosures.openBookings(connection, resident)) {
            if (booking.startsAt().isAfter(body.createdAt())) {
                Cancellations.cancelAndRefund(connection, id,
                        Catalogue.booking(connection, booking.bookingId()).orElseThrow(), now);
            }
        }
        String account = Ledger.residentAccount(resident);
        long balance = Ledger.balance(connection, account);
        if (balance > 0) {
            Ledger.post(connection, account, heir.map(Ledger::residentAccount).orElse(Ledger.POOL), balance,
                    Ledger.Kind.CLOSURE, id, resident.toString(), null, now);
        } else if (balance < 0) {
            Ledger.post(connection, Ledger.POOL, account, -balance, Ledger.Kind.CLOSURE, id, resident.toString(), null,
                    now);
        }
        AccountClosures.close(connection, resident, closing.reason(), id, body.createdAt());
        return Outcome.ACCEPTED;
    }

    /** An enrolled family member, linked to the resident, whose own account is open. */
    private static boolean mayInherit(Connection connection, UUID resident, UUID heir) throws SQLException {
        return Catalogue.residentExists(connection, heir) && FamilyLinks.linked(connection, resident, heir)
                && !AccountClosures.closed(connection, heir);
    }

    /** The residents a transaction acts for or is about. */
    private static List<UUID> concerned(Payload payload) {
        return switch (payload) {
            case HoursRedeemed redeem -> List.of(redeem.residentId());
            case HoursTransferred transfer -> List.of(transfer.fromResidentId(), transfer.toResidentId());
            case BookingCreated booking -> List.of(booking.residentId());
            case BookingCancelled cancel -> List.of(cancel.residentId());
            case VolunteerCheckedIn checkIn -> List.of(checkIn.volunteerId());
            case VolunteerCheckedOut checkOut -> List.of(checkOut.volunteerId());
            case ServiceConfirmed confirmed -> List.of(confirmed.volunteerId());
            case ResidentEnrolled enrolled -> List.of(enrolled.residentId());
            case FamilyLinked link -> List.of(link.residentId(), link.memberId());
            case FamilyUnlinked unlink -> List.of(unlink.residentId(), unlink.memberId());
            case FamilyPermissionsSet rights -> List.of(rights.residentId(), rights.memberId());
            case VolunteerRated rating -> List.of(rating.volunteerId());
            case VolunteerNoShow noShow -> List.of(noShow.volunteerId());
            case ResidentProfileSet profile -> List.of(profile.residentId());
            case CardReplaced replaced -> List.of(replaced.residentId());
            case ServiceRated rating -> List.of(rating.residentId());
            case ResidentClosed closing -> List.of(closing.residentId());
            case AidApplied applied -> List.of(applied.residentId());
            // A charity's order pays for treatment given; closing the account does not stop it (its charity may).
            case HospitalOrderSubmitted _ -> List.of();
            // face sign-in (issue 14): a closed account's template goes with it, and nothing enrols one again
            case FaceEnrolled enrolled -> List.of(enrolled.residentId());
            case FaceRemoved _ -> List.of();
            case PaymentOrderMatched _, NoticePosted _, NoticeWithdrawn _, TransactionReversed _ -> List.of();
        };
    }
}
