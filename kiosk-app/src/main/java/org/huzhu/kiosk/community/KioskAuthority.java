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
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.authority.AuthorityRules;
import org.huzhu.protocol.authority.StaffStanding;
import org.huzhu.protocol.payload.HoursTransferred;
import org.huzhu.protocol.payload.Payload;

/**
 * The server's authority rule ({@link AuthorityRules}), applied before a resident's action is recorded, on what this
 * kiosk knows of card bindings and family links: an honest kiosk never records what the server will refuse for want
 * of authority. Runs inside the journal's transaction. Stateless.
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
        boolean mayAct = actingFor.isEmpty() || mayActFor(connection, actor, actingFor.get());
        Optional<String> refusal = AuthorityRules.refusal(payload, new StaffStanding.None(), mayAct);
        if (refusal.isPresent()) {
            throw new RefusedChange(refusal.get().equals(AuthorityRules.NOT_AUTHORISED_FOR_RESIDENT)
                    ? Refusal.Reason.NOT_FAMILY : Refusal.Reason.NEEDS_STAFF, refusal.get());
        }
        List<UUID> concerned = Stream.concat(actingFor.stream(), payload instanceof HoursTransferred transfer
                ? Stream.of(transfer.toResidentId()) : Stream.empty()).toList();
        for (UUID resident : concerned) {
            if (Residents.closed(connection, resident)) {
                throw new RefusedChange(Refusal.Reason.ACCOUNT_CLOSED, "the account of " + resident + " is closed");
            }
        }
    }

    /** The actor's card is bound to {@code resident} or to a family member linked to them. */
    private static boolean mayActFor(Connection connection, Actor actor, UUID resident) throws SQLException {
        if (actor.method() != SignInMethod.CARD && actor.method() != SignInMethod.FACE) {
            return false;
        }
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT 1 FROM card_binding b
                WHERE b.card_key = ? AND (b.resident_id = ? OR EXISTS (SELECT 1 FROM family_link f
                    WHERE f.resident_id = ? AND f.member_id = b.resident_id
                       OR f.resident_id = b.resident_id AND f.member_id = ?))""")) {
            query.setString(1, actor.cardHash());
            query.setString(2, resident.toString());
            query.setString(3, resident.toString());
            query.setString(4, resident.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
