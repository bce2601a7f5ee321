package org.huzhu.server.aid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.huzhu.protocol.aid.DeskStaff;
import org.huzhu.protocol.aid.PatientAtDesk;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.catalogue.Catalogue;
import org.huzhu.server.counter.QueryParameters;
import org.huzhu.server.institution.Institution;
import org.huzhu.server.institution.Institutions;

/**
 * The hospital desk's look-up (docs/protocol.md §12.11): who holds a card, and their open aid orders at the desk's
 * hospital, nothing of their orders elsewhere. Stateless; works inside the caller's transaction, which the caller
 * authenticated.
 */
public final class DeskQueries {

    private static final String CARD = "card";

    private DeskQueries() {
    }

    /**
     * Who signed the desk's question (authenticated already, with their roles now) and the hospital they and the desk
     * are of, with its registered name.
     */
    public static DeskStaff staff(Connection connection, String staffId, Set<StaffRole> roles, String hospitalId)
            throws SQLException {
        String name = Institutions.find(connection, hospitalId).map(Institution::name).orElse("");
        return new DeskStaff(staffId, roles.stream().sorted().map(StaffRole::wireName).toList(), hospitalId, name);
    }

    /** The staff question takes no parameters. */
    public static void noParameters(String rawQuery) throws ApiException {
        QueryParameters.parse(rawQuery, Set.of());
    }

    /**
     * The card pseudonym a patient look-up asks about.
     *
     * @param rawQuery the request's raw query: {@code card=} and 64 lower-case hex digits, exactly once
     * @throws ApiException 400 {@code invalid-request} for any other query
     */
    public static String card(String rawQuery) throws ApiException {
        String card = QueryParameters.parse(rawQuery, Set.of(CARD)).text(CARD).orElseThrow(() ->
                QueryParameters.invalid("the query needs card, the card's pseudonym"));
        if (card.length() != 64 || !card.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw QueryParameters.invalid("card must be 64 lower-case hex digits");
        }
        return card;
    }

    /**
     * Who holds {@code card}, and their open aid orders at {@code hospitalId}; empty when nobody is enrolled with it
     * (then 404 {@code unknown-resident}, {@link #unknownCard}).
     */
    public static Optional<PatientAtDesk> patient(Connection connection, String card, String hospitalId,
            Instant now) throws SQLException {
        Optional<String> resident = Catalogue.residentByCard(connection, card);
        if (resident.isEmpty()) {
            return Optional.empty();
        }
        UUID residentId = UUID.fromString(resident.get());
        return Optional.of(new PatientAtDesk(residentId, displayName(connection, resident.get()),
                AidOrders.openAt(connection, residentId, hospitalId, now)));
    }

    /** The answer to a card nobody is enrolled with. */
    public static ApiException unknownCard() {
        return new ApiException(404, Codes.UNKNOWN_RESIDENT, "no resident is enrolled with this card");
    }

    private static String displayName(Connection connection, String residentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT display_name FROM resident WHERE resident_id = ?")) {
            query.setString(1, residentId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("resident " + residentId + " has a card but no row");
                }
                return row.getString(1);
            }
        }
    }
}
