package org.huzhu.protocol.payload;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Staff closed a resident's account: they moved away or died (docs/protocol.md §7, "Closing an account"). The server
 * applies the balance rule from its ledger when it accepts this: bookings of theirs whose slot starts after
 * {@code createdAt} are cancelled and refunded, then a positive balance goes to {@code balanceTo} or the community's
 * pool and an overdraft is written off from the pool, so the account ends at 0. Nothing is deleted: the resident,
 * their statement and their transactions stay; from then on anything acting for or about them is refused
 * {@code account-closed}.
 *
 * @param reason    {@value #MOVED_AWAY} or {@value #DIED}
 * @param balanceTo the resident id of the linked family member a positive balance goes to, or {@code ""}: to the
 *                  pool. Written as text because envelopes carry no {@code null} members (every member is required,
 *                  and absent ones are {@code ""}, as a confirmation's {@code reason} or a rating's {@code note})
 */
public record ResidentClosed(UUID residentId, String reason, String balanceTo) implements Payload {

    public static final String MOVED_AWAY = "moved-away";
    public static final String DIED = "died";
    private static final Set<String> REASONS = Set.of(MOVED_AWAY, DIED);

    public ResidentClosed {
        Checks.present("residentId", residentId);
        Checks.present("reason", reason);
        if (!REASONS.contains(reason)) {
            throw new IllegalArgumentException("reason must be " + MOVED_AWAY + " or " + DIED + ": " + reason);
        }
        Checks.present("balanceTo", balanceTo);
        if (!balanceTo.isEmpty()) {
            UUID heir = uuid(balanceTo);
            if (heir.equals(residentId) || !heir.toString().equals(balanceTo)) {
                throw new IllegalArgumentException(
                        "balanceTo must be another resident's id in canonical form, or \"\"");
            }
        }
    }

    /** A closing whose balance goes to {@code heir}, or to the pool when empty. */
    public ResidentClosed(UUID residentId, String reason, Optional<UUID> heir) {
        this(residentId, reason, heir.map(UUID::toString).orElse(""));
    }

    /** The family member a positive balance goes to; empty: the community's pool. */
    public Optional<UUID> heir() {
        return balanceTo.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(balanceTo));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("balanceTo must be a resident id or \"\": " + text, e);
        }
    }
}
