package org.huzhu.protocol.payload;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A supporting document of an aid application (a diagnosis, a bill, an income certificate), named by the SHA-256 of
 * its bytes; the bytes travel apart, sealed to the charity's key (ADR 0015), so the journal never holds them.
 */
public record AidDocument(String name, String mediaType, String sha256) {

    public AidDocument {
        Checks.text("name", name);
        Checks.text("mediaType", mediaType);
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length() != 64 || !sha256.chars().allMatch(c -> HexFormat.isHexDigit(c)
                && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }
}
