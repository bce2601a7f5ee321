package org.huzhu.protocol.log;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An append-only RFC 9162 Merkle tree (§2.1) over leaf hashes, with the root of any earlier size and the proofs the
 * log hands out: that a leaf is in the tree ({@link #inclusionProof}) and that a later tree still holds an earlier one
 * ({@link #consistencyProof}). It keeps the hash of every complete, aligned subtree (level {@code k}, index {@code i}:
 * leaves {@code i·2^k} up to {@code (i+1)·2^k}), so an append costs O(log n) hashes and a root or proof O(log² n) at
 * worst. In memory, about 64 bytes a leaf. Not thread-safe.
 */
public final class MerkleTree {

    /** {@code levels.get(k)}: the complete subtrees of 2^k leaves, left to right; level 0 holds the leaves. */
    private final List<List<byte[]>> levels = new ArrayList<>();

    public MerkleTree() {
        levels.add(new ArrayList<>());
    }

    /** A tree of these leaf hashes, in order. */
    public static MerkleTree of(List<byte[]> leafHashes) {
        MerkleTree tree = new MerkleTree();
        leafHashes.forEach(tree::append);
        return tree;
    }

    /** Adds a leaf, given by its {@link MerkleHashes#leaf leaf hash}; returns its index. */
    public long append(byte[] leafHash) {
        if (leafHash.length != MerkleHashes.LENGTH) {
            throw new IllegalArgumentException("a leaf hash has " + MerkleHashes.LENGTH + " bytes, not "
                    + leafHash.length);
        }
        long index = size();
        byte[] hash = leafHash.clone();
        for (int level = 0; ; level++) {
            if (levels.size() == level) {
                levels.add(new ArrayList<>());
            }
            List<byte[]> nodes = levels.get(level);
            nodes.add(hash);
            if (nodes.size() % 2 != 0) {
                return index;
            }
            hash = MerkleHashes.node(nodes.get(nodes.size() - 2), hash);
        }
    }

    public long size() {
        return levels.getFirst().size();
    }

    /** The leaf hash at {@code index}. */
    public byte[] leaf(long index) {
        checkIndex(index, size());
        return levels.getFirst().get((int) index).clone();
    }

    /** The root of the tree as it is now. */
    public byte[] root() {
        return root(size());
    }

    /** The root of the tree as it was when it had {@code treeSize} leaves (MTH of the first {@code treeSize}). */
    public byte[] root(long treeSize) {
        checkSize(treeSize);
        return treeSize == 0 ? MerkleHashes.empty() : hash(0, treeSize);
    }

    /** The audit path of leaf {@code leafIndex} in the tree of the first {@code treeSize} leaves (RFC 9162 §2.1.3.1). */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        checkSize(treeSize);
        checkIndex(leafIndex, treeSize);
        List<byte[]> path = new ArrayList<>();
        collectPath(leafIndex, 0, treeSize, path);
        return new InclusionProof(leafIndex, treeSize, path);
    }

    /**
     * The proof that the tree of {@code fromSize} leaves is the start of the tree of {@code toSize} (RFC 9162
     * §2.1.4.1); empty when the sizes are equal or the first tree is empty.
     */
    public ConsistencyProof consistencyProof(long fromSize, long toSize) {
        checkSize(toSize);
        if (fromSize < 0 || fromSize > toSize) {
            throw new IllegalArgumentException("no consistency proof from " + fromSize + " leaves to " + toSize);
        }
        List<byte[]> path = new ArrayList<>();
        if (fromSize > 0 && fromSize < toSize) {
            collectSubproof(fromSize, 0, toSize, true, path);
        }
        return new ConsistencyProof(fromSize, toSize, path);
    }

    /** PATH(m, D[start:end]), m counted from {@code start}, deepest sibling first. */
    private void collectPath(long m, long start, long end, List<byte[]> path) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            collectPath(m, start, start + k, path);
            path.add(hash(start + k, end));
        } else {
            collectPath(m - k, start + k, end, path);
            path.add(hash(start, start + k));
        }
    }

    /** SUBPROOF(m, D[start:end], whole): {@code whole} while D[start:start+m] is the whole of the earlier tree. */
    private void collectSubproof(long m, long start, long end, boolean whole, List<byte[]> path) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                path.add(hash(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            collectSubproof(m, start, start + k, whole, path);
            path.add(hash(start + k, end));
        } else {
            collectSubproof(m - k, start + k, end, false, path);
            path.add(hash(start, start + k));
        }
    }

    /** MTH(D[start:end]) for a range the RFC's recursion reaches: a stored subtree, or split as MTH splits it. */
    private byte[] hash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return levels.get(Long.numberOfTrailingZeros(n)).get((int) (start / n));
        }
        long k = largestPowerOfTwoBelow(n);
        return MerkleHashes.node(hash(start, start + k), hash(start + k, end));
    }

    /** The largest power of two smaller than {@code n} (n ≥ 2): where RFC 9162 splits a tree of n leaves. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > size()) {
            throw new IllegalArgumentException("the tree has " + size() + " leaves, not " + treeSize);
        }
    }

    private static void checkIndex(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("no leaf " + index + " in a tree of " + treeSize);
        }
    }

    @Override
    public String toString() {
        return "MerkleTree[" + size() + " leaves, root " + HexFormat.of().formatHex(root()) + "]";
    }
}
