package org.huzhu.protocol.log;

import java.util.List;

/** The hash lists of proofs: copied, so a proof cannot change after it is made, and each a SHA-256 digest. */
final class ProofPaths {

    /** No tree of up to 2^63 leaves needs a longer path. */
    static final int MAX_LENGTH = 64;

    private ProofPaths() {
    }

    static List<byte[]> copyOf(List<byte[]> path) {
        if (path.size() > MAX_LENGTH) {
            throw new IllegalArgumentException("a proof of " + path.size() + " hashes is longer than any tree needs");
        }
        for (byte[] hash : path) {
            if (hash.length != MerkleHashes.LENGTH) {
                throw new IllegalArgumentException("a proof's hashes have " + MerkleHashes.LENGTH + " bytes, not "
                        + hash.length);
            }
        }
        return path.stream().map(byte[]::clone).toList();
    }
}
