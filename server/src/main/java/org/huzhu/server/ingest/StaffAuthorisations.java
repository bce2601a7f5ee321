package org.huzhu.server.ingest;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huzhu.protocol.Authorisation;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.authority.StaffStanding;
import org.huzhu.protocol.crypto.StaffKeys;
import org.huzhu.server.staff.StaffKeyCache;
import org.huzhu.server.staff.StaffRegistry;

/**
 * Checks a transaction's staff authorisations against the registry as it stood at the transaction's
 * {@code createdAt}: each must name a registered key, verify over the authorised content, and belong to a staff
 * member of this community who was active then. Immutable, thread-safe; works inside the caller's transaction.
 */
final class StaffAuthorisations {

    private final String community;
    private final StaffKeyCache keys;

    /**
     * @param community the community this server keeps the ledger of; staff of any other authorise nothing here
     * @param keys      where the keys read from the registry go, so the next signatures are checked ahead
     */
    StaffAuthorisations(String community, StaffKeyCache keys) {
        this.community = community;
        this.keys = keys;
    }

    /**
     * The standing of all the authorisations together: the first that fails decides, else their roles.
     *
     * @param verifiedAhead whether the signature of each authorisation checked ahead (by key) verifies
     */
    StaffStanding standing(Connection connection, UnsignedTransaction body, Map<String, Boolean> verifiedAhead)
            throws SQLException {
        if (body.authorisations().isEmpty()) {
            return new StaffStanding.None();
        }
        byte[] content = null;
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (Authorisation authorisation : body.authorisations()) {
            Optional<StaffRegistry.Standing> standing = StaffRegistry.standingAt(connection, authorisation.key(),
                    body.createdAt());
            if (standing.isEmpty()) {
                return new StaffStanding.NotAuthorised();
            }
            Boolean valid = verifiedAhead.get(authorisation.key());
            if (valid == null) {
                PublicKey key = keys.get(authorisation.key()).orElse(null);
                if (key == null) {
                    key = StaffRegistry.key(connection, authorisation.key()).orElseThrow();
                    keys.put(authorisation.key(), key);
                }
                content = content != null ? content : TransactionCodec.authorisedContent(body);
                valid = StaffKeys.verify(key, content, authorisation.signatureBytes());
            }
            if (!valid) {
                return new StaffStanding.NotAuthorised();
            }
            if (!standing.get().community().equals(community)) {
                return new StaffStanding.WrongCommunity();
            }
            if (!standing.get().activeAt()) {
                // Before they were added is no better than after they were revoked: nobody was authorised then.
                return body.createdAt().isBefore(standing.get().addedAt()) ? new StaffStanding.NotAuthorised()
                        : new StaffStanding.Revoked();
            }
            roles.addAll(standing.get().roles());
        }
        return new StaffStanding.Valid(roles);
    }
}
