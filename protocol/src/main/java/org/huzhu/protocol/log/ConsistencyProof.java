package org.huzhu.protocol.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * That the tree of {@code fromSize} leaves is the start of the tree of {@code toSize}: nothing the first held was
 * dropped or changed, only leaves added (RFC 9162 §2.1.4). A kiosk checks one against every new tree head.
 */
public record ConsistencyProof(long fromSize, long toSize, List<byte[]> path) {

    public ConsistencyProof {
        if (fromSize < 0 || fromSize > toSize) {
            throw new IllegalArgumentException("no consistency proof from " + fromSize + " leaves to " + toSize);
        }
        path = ProofPaths.copyOf(path);
    }

    /**
     * Whether this proves that the tree with root {@code fromRoot} ({@link #fromSize} leaves) is the start of the one
     * with root {@code toRoot} (RFC 9162 §2.1.4.2). From an empty tree any tree follows; between equal sizes the
     * roots must be equal and the path empty.
     */
    public boolean verify(byte[] fromRoot, byte[] toRoot) {
        if (fromSize == 0) {
            return path.isEmpty();
        }
        if (fromSize == toSize) {
            return path.isEmpty() && MessageDigest.isEqual(fromRoot, toRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        List<byte[]> hashes = new ArrayList<>(path.size() + 1);
        if (Long.bitCount(fromSize) == 1) {
            hashes.add(fromRoot); // the earlier tree is a complete subtree: its root starts the path
        }
        hashes.addAll(path);
        long fn = fromSize - 1;
        long sn = toSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = hashes.getFirst();
        byte[] sr = hashes.getFirst();
        for (byte[] c : hashes.subList(1, hashes.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.node(c, fr);
                sr = MerkleHashes.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashes.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, fromRoot) && MessageDigest.isEqual(sr, toRoot);
    }
}
