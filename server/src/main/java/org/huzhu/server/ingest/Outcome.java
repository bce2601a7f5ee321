package org.huzhu.server.ingest;

import java.util.List;
import java.util.Optional;

/**
 * What the business rules decided about one transaction.
 *
 * @param reason   rejection code (docs/protocol.md, "Rejection reasons"); null when accepted
 * @param warnings codes such as {@code below-soft-limit}; empty when none
 */
public record Outcome(boolean accepted, String reason, List<String> warnings) {

    public static final Outcome ACCEPTED = new Outcome(true, null, List.of());

    public static Outcome rejected(String reason) {
        return new Outcome(false, reason, List.of());
    }

    /** Rejected with {@code refusal}'s code, or accepted when it is empty. */
    public static Outcome of(Optional<String> refusal) {
        return refusal.map(Outcome::rejected).orElse(ACCEPTED);
    }

    public static Outcome acceptedWith(List<String> warnings) {
        return new Outcome(true, null, List.copyOf(warnings));
    }
}
