package org.huzhu.protocol.log;

import java.security.MessageDigest;
import java.util.List;

/**
 * That leaf {@code leafIndex} is in the tree of {@code treeSize} leaves: the hashes of its audit path, deepest first
 * (RFC 9162 §2.1.3). Checked against a tree head's root with {@link #verify}, without the log.
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> path) {

    public InclusionProof {
        if (treeSize < 1 || leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("no leaf " + leafIndex + " in a tree of " + treeSize);
        }
        path = ProofPaths.copyOf(path);
    }

    /** Whether this proves that {@code leafHash} is leaf {@link #leafIndex} of the tree whose root is {@code root}. */
    public boolean verify(byte[] leafHash, byte[] root) {
        return MessageDigest.isEqual(rootFrom(leafHash), root);
    }

    /** The root this path leads to from {@code leafHash} (RFC 9162 §2.1.3.2); an empty array if it cannot be one. */
    byte[] rootFrom(byte[] leafHash) {
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return new byte[0]; // a longer path than a tree of this size has
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHashes.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : new byte[0];
    }
}
