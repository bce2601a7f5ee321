package org.huzhu.protocol.residentcode;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a resident code is for, which decides how long it lives (ADR 0018): a printed code is kept like a card, in a
 * wallet, and replaces a card someone does not have, so it lives 90 days; a code sent to a family member's phone
 * travels through messages and screenshots that are easily forwarded, so it lives one day. Both can be revoked.
 */
public enum ResidentCodePurpose {
    PRINTED("printed", Duration.ofDays(90)),
    FAMILY_PHONE("family-phone", Duration.ofHours(24));

    private final String wireName;
    private final Duration lifetime;

    ResidentCodePurpose(String wireName, Duration lifetime) {
        this.wireName = wireName;
        this.lifetime = lifetime;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** How long after issue a code of this purpose expires. */
    public Duration lifetime() {
        return lifetime;
    }

    public static Optional<ResidentCodePurpose> byWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }
}
