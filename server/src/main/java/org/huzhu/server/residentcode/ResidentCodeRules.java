package org.huzhu.server.residentcode;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.UnsignedTransaction;

/**
 * What the server checks of a transaction signed in by a resident code (docs/protocol.md §13.4): the code was issued
 * here, and at the transaction's {@code createdAt} it was neither revoked nor expired. Which resident it acts for is
 * then the authority rule's ({@code BusinessRules.actorMayActFor}). Stateless.
 */
public final class ResidentCodeRules {

    public static final String RESIDENT_CODE_REVOKED = "resident-code-revoked";
    public static final String RESIDENT_CODE_EXPIRED = "resident-code-expired";
    /**
     * How far a kiosk's clock may be off: a code is taken until this long after its expiry, as kiosks take it, so a
     * kiosk running slow never records what the server then refuses. The same 5 minutes request signing allows.
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ResidentCodeRules() {
    }

    /** The refusal of a code actor's transaction, empty for any other actor or a code in force. */
    public static Optional<String> refusal(Connection connection, UnsignedTransaction body) throws SQLException {
        if (body.actor().method() != SignInMethod.RESIDENT_CODE) {
            return Optional.empty();
        }
        Optional<ResidentCodeRecords.Stored> code = ResidentCodeRecords.byActor(connection, body.actor().cardHash());
        // An unknown pseudonym acts for nobody: the authority rule refuses it (not-authorised-for-resident).
        return code.isEmpty() ? Optional.empty() : code.get().refusalAt(body.createdAt());
    }
}
