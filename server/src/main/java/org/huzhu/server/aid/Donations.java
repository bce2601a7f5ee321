package org.huzhu.server.aid;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.huzhu.server.api.Codes;
import org.huzhu.server.institution.Institution;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.money.MoneyLedger;

/**
 * Donations into a charity's pool (docs/protocol.md §12.9), recorded by an operator from the bank's statement: the
 * platform holds no money, it mirrors what the charity's account received for aid. Stateless; works inside the
 * caller's transaction.
 */
public final class Donations {

    private Donations() {
    }

    /**
     * Moves {@code fen} from the bank into the charity's pool. A suspended or unaudited charity still receives what
     * its donors sent; it can only spend it once it may act.
     *
     * @return the refusal code, or empty when it was recorded
     */
    public static Optional<String> record(Connection connection, String charityId, long fen, String reference,
            Instant at) throws SQLException {
        if (Institutions.find(connection, charityId).map(Institution::kind).filter(InstitutionKind.CHARITY::equals)
                .isEmpty()) {
            return Optional.of(Codes.INSTITUTION_UNKNOWN);
        }
        MoneyLedger.transfer(connection, MoneyLedger.BANK, MoneyLedger.charity(charityId), fen,
                MoneyLedger.Kind.DONATION, null, reference, at);
        return Optional.empty();
    }

    /** What the charity's pool holds, free to reserve. */
    public static long pool(Connection connection, String charityId) throws SQLException {
        return MoneyLedger.balance(connection, MoneyLedger.charity(charityId));
    }
}
