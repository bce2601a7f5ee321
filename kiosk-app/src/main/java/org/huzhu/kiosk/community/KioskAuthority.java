package org.huzhu.kiosk.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.sync.SnapshotStore;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.TransactionType;
import org.huzhu.protocol.authority.AuthorityRules;
import org.huzhu.protocol.authority.FamilyRight;
import org.huzhu.protocol.authority.StaffStanding;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.Payload;

/**
 * The server's authority rule ({@link AuthorityRules}), applied before a resident's action is recorded, on what this
 * kiosk knows of card bindings, family links and their rights: an honest kiosk never records what the server will
 * refuse for want of authority, and an unlinked member's card is refused here as soon as the snapshot says so. Runs
 * inside the journal's transaction. Stateless.
 */
final class KioskAuthority {

    private KioskAuthority() {
    }

    /**
     * @throws RefusedChange the actor may not do this without a staff member's card, or it acts for (or gives minutes
     *     to) a resident whose account was closed, as the server would refuse it ({@code account-closed})
     */
    static void check(Connection connection, Actor actor, Payload payload) throws SQLException {
        Optional<UUID> actingFor = AuthorityRules.actingFor(payload);
        Optional<UUID> cardHolder = cardHolder(connection, actor);
        boolean mayAct = actingFor.isEmpty() || cardHolder.isPresent() && mayActFor(connection, cardHolder.get(),
                actingFor.get(), AuthorityRules.rightNeeded(TransactionType.of(payload)).orElseThrow());
        Optional<String> refusal = AuthorityRules.refusal(payload, new StaffStanding.None(), mayAct);
        // A face or code sign-in gives only so much away without the card (docs/protocol.md §8.1).
        Optional<String> cardNeeded = SnapshotStore.read(connection).secondFactor().refusal(actor, payload, false);
        if (refusal.isEmpty() && cardNeeded.isPresent()) {
            throw new RefusedChange(Refusal.Reason.CARD_NEEDED, cardNeeded.get());
        }
        if (refusal.isPresent()) {
            if (!refusal.get().equals(AuthorityRules.NOT_AUTHORISED_FOR_RESIDENT)) {
                throw new RefusedChange(Refusal.Reason.NEEDS_STAFF, refusal.get());
            }
            // Family who lack only this right hear so; anyone else is not (or no longer) family.
            boolean family = cardHolder.isPresent()
                    && FamilyLinks.active(connection, actingFor.get(), cardHolder.get());
            throw new RefusedChange(family ? Refusal.Reason.FAMILY_MAY_NOT_ACT : Refusal.Reason.NOT_FAMILY,
                    refusal.get());
        }
        List<UUID> concerned = Stream.concat(actingFor.stream(), payload instanceof HoursTransferred transfer
                ? Stream.of(transfer.toResidentId()) : Stream.empty()).toList();
        for (UUID resident : concerned) {
            if (Residents.closed(connection, resident)) {
                throw new RefusedChange(Refusal.Reason.ACCOUNT_CLOSED, "the account of " + resident + " is closed");
            }
        }
    }

    private static boolean mayActFor(Connection connection, UUID cardHolder, UUID resident, FamilyRight right)
            throws SQLException {
        return cardHolder.equals(resident) || FamilyLinks.grants(connection, cardHolder, resident, right);
    }

    /**
     * The resident the actor's card is bound to here, if it is a resident's card; for a resident code, the resident
     * this kiosk signed in with it ({@code ResidentCodeSignIn} records the code's pseudonym).
     */
    private static Optional<UUID> cardHolder(Connection connection, Actor actor) throws SQLException {
        String sql = switch (actor.method()) {
            case CARD, FACE, E_CARD -> "SELECT resident_id FROM card_binding WHERE card_key = ?";
            case RESIDENT_CODE -> "SELECT resident_id FROM resident_code_sign_in WHERE actor_hash = ?";
            case STAFF_CARD_PIN, SYSTEM -> null;
        };
        if (sql == null) {
            return Optional.empty();
        }
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, actor.cardHash());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(UUID.fromString(row.getString(1))) : Optional.empty();
            }
        }
    }
}
