package org.huzhu.protocol.log;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The server's statement that the transparency log of {@code community} had {@code treeSize} leaves whose RFC 9162
 * root was {@code rootHash} (docs/protocol.md §16). Any two heads of one community must be consistent: the smaller
 * tree the start of the larger ({@link ConsistencyProof}); two heads of one size with different roots prove a fork.
 *
 * @param rootHash    lower-case hex of the 32-byte root ({@link MerkleHashes#empty} for an empty log)
 * @param timestamp   server time of signing, whole milliseconds
 * @param serverKeyId the id of the server key that signs it, as receipts name it
 * @param suite       the suite of that key
 */
public record TreeHead(String community, long treeSize, String rootHash, Instant timestamp, String serverKeyId,
        String suite) {

    /** The longest community name, as the server's {@code --community} and the staff registry take it. */
    public static final int MAX_COMMUNITY_LENGTH = 200;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public TreeHead {
        if (!isCommunityName(community)) {
            throw new IllegalArgumentException("community must be 1.." + MAX_COMMUNITY_LENGTH
                    + " characters, not blank, without control characters");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize must not be negative");
        }
        if (rootHash == null || !HASH.matcher(rootHash).matches()) {
            throw new IllegalArgumentException("rootHash must be 64 lower-case hex digits");
        }
        Objects.requireNonNull(timestamp, "timestamp");
        if (!timestamp.truncatedTo(ChronoUnit.MILLIS).equals(timestamp)) {
            throw new IllegalArgumentException("timestamp must be whole milliseconds");
        }
        Objects.requireNonNull(serverKeyId, "serverKeyId");
        Objects.requireNonNull(suite, "suite");
    }

    /** Whether {@code name} can name a community: 1..200 characters, not all blank, no control character. */
    public static boolean isCommunityName(String name) {
        return name != null && !name.isBlank() && name.length() <= MAX_COMMUNITY_LENGTH
                && name.chars().noneMatch(Character::isISOControl);
    }

    public byte[] rootBytes() {
        return HexFormat.of().parseHex(rootHash);
    }
}
