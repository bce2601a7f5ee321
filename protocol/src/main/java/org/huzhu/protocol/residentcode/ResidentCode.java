package org.huzhu.protocol.residentcode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What a resident code says, before or after its signature: which code, for whom, in which community, and when it
 * was issued and expires (whole seconds: the token carries 32-bit seconds since the epoch). Immutable.
 *
 * @param community the server's community ({@code serve --community}), 1..{@value #MAX_COMMUNITY_BYTES} UTF-8 bytes
 */
public record ResidentCode(UUID codeId, UUID residentId, String community, Instant issuedAt, Instant expiresAt) {

    public static final int MAX_COMMUNITY_BYTES = 64;
    /** The last second a 32-bit unsigned time can say (2106-02-07). */
    static final long MAX_EPOCH_SECOND = 0xffff_ffffL;

    public ResidentCode {
        Objects.requireNonNull(codeId, "codeId");
        Objects.requireNonNull(residentId, "residentId");
        Objects.requireNonNull(community, "community");
        int communityBytes = community.getBytes(StandardCharsets.UTF_8).length;
        if (communityBytes < 1 || communityBytes > MAX_COMMUNITY_BYTES) {
            throw new IllegalArgumentException("community must be 1.." + MAX_COMMUNITY_BYTES + " UTF-8 bytes");
        }
        requireSeconds(issuedAt, "issuedAt");
        requireSeconds(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a code expires after it is issued");
        }
    }

    /** A code for {@code residentId} issued at {@code now} (cut to the second) with its purpose's lifetime. */
    public static ResidentCode issue(UUID codeId, UUID residentId, String community, Instant now,
            ResidentCodePurpose purpose) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        return new ResidentCode(codeId, residentId, community, issuedAt, issuedAt.plus(purpose.lifetime()));
    }

    private static void requireSeconds(Instant time, String name) {
        Objects.requireNonNull(time, name);
        if (time.getNano() != 0 || time.getEpochSecond() < 0 || time.getEpochSecond() > MAX_EPOCH_SECOND) {
            throw new IllegalArgumentException(name + " must be whole seconds from 1970 to 2106: " + time);
        }
    }
}
