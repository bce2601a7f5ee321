package org.huzhu.server.institution;

import java.util.Optional;
import org.huzhu.server.api.Codes;

/**
 * Whether an institution may act now: it is known, audited and not suspended. If not, {@link #refusal} is the code
 * that says why ({@code institution-unknown}, {@code institution-not-audited}, {@code institution-suspended}).
 */
public record Standing(String institutionId, Optional<Institution> institution, Optional<String> refusal) {

    static Standing of(String institutionId, Optional<Institution> found) {
        Optional<String> refusal = found.map(institution -> switch (institution.status()) {
            case AUDITED -> Optional.<String>empty();
            case REGISTERED -> Optional.of(Codes.INSTITUTION_NOT_AUDITED);
            case SUSPENDED -> Optional.of(Codes.INSTITUTION_SUSPENDED);
        }).orElse(Optional.of(Codes.INSTITUTION_UNKNOWN));
        return new Standing(institutionId, found, refusal);
    }

    public boolean mayAct() {
        return refusal.isEmpty();
    }

    /** One sentence for an error message or a log line. */
    public String explanation() {
        return switch (refusal.orElse("")) {
            case "" -> institutionId + " may act";
            case Codes.INSTITUTION_NOT_AUDITED -> institutionId + " has not passed a qualification check yet";
            case Codes.INSTITUTION_SUSPENDED -> institutionId + " is suspended";
            default -> institutionId + " is not registered at this server";
        };
    }
}
