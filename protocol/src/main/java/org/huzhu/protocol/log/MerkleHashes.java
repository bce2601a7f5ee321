package org.huzhu.protocol.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes of RFC 9162's Merkle tree (§2.1.1) with SHA-256 from the JDK (ADR 0010): a leaf is hashed with a 0x00
 * prefix and an inner node with 0x01, so that no leaf can pass for a node (a second-preimage attack on the tree).
 */
public final class MerkleHashes {

    /** Every hash is a SHA-256 digest. */
    public static final int LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleHashes() {
    }

    /** The root of a tree with no leaves: SHA-256 of nothing. */
    public static byte[] empty() {
        return sha256().digest();
    }

    /** The hash of a leaf holding {@code entry}. */
    public static byte[] leaf(byte[] entry) {
        MessageDigest digest = sha256();
        digest.update(LEAF_PREFIX);
        return digest.digest(entry);
    }

    /** The hash of the node above {@code left} and {@code right}. */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update(NODE_PREFIX);
        digest.update(left);
        return digest.digest(right);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
