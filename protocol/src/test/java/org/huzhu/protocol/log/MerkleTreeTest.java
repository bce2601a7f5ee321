package org.huzhu.protocol.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree against RFC 9162's own definitions, written out literally here as the oracle (MTH by recursion over the
 * leaves, §2.1.1), for every tree of up to 70 leaves: every root, every inclusion proof and every consistency proof
 * verifies, and any change to a proof, a leaf, a root or a size makes it fail.
 */
class MerkleTreeTest {

    private static final int LARGEST = 70;

    @Test
    void rootsAreRfc9162sTreeHashOfTheFirstLeaves() {
        List<byte[]> leaves = leaves(LARGEST);
        MerkleTree tree = MerkleTree.of(leaves);
        for (int size = 0; size <= LARGEST; size++) {
            assertThat(tree.root(size)).as("size %d", size).isEqualTo(mth(leaves.subList(0, size)));
        }
        assertThat(HexFormat.of().formatHex(new MerkleTree().root()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    /** The reference tree of Certificate Transparency's original implementation (RFC 6962, same hashing as 9162). */
    @Test
    void theReferenceTreeOfCertificateTransparencyHasItsPublishedRoot() {
        List<byte[]> leaves = java.util.stream.Stream.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                "606162636465666768696a6b6c6d6e6f").map(HexFormat.of()::parseHex).map(MerkleHashes::leaf).toList();
        MerkleTree tree = MerkleTree.of(leaves);

        assertThat(HexFormat.of().formatHex(tree.root(1)))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        assertThat(HexFormat.of().formatHex(tree.root()))
                .isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    }

    @Test
    void everyInclusionProofVerifiesAndNothingElseDoes() {
        List<byte[]> leaves = leaves(LARGEST);
        MerkleTree tree = MerkleTree.of(leaves);
        for (int size = 1; size <= LARGEST; size++) {
            byte[] root = mth(leaves.subList(0, size));
            for (int index = 0; index < size; index++) {
                InclusionProof proof = tree.inclusionProof(index, size);
                assertThat(hex(proof.path())).as("path of %d in %d", index, size).isEqualTo(hex(path(index,
                        leaves.subList(0, size))));
                assertThat(proof.verify(leaves.get(index), root)).as("leaf %d of %d", index, size).isTrue();
                assertThat(proof.verify(leaves.get((index + 1) % LARGEST), root)).isFalse();
                assertThat(proof.verify(leaves.get(index), mth(leaves.subList(0, size - 1)))).isFalse();
                if (size > 1) {
                    assertThat(new InclusionProof((index + 1) % size, size, proof.path())
                            .verify(leaves.get(index), root)).as("another index").isFalse();
                }
                if (size < LARGEST) {
                    // A size is bound to its root by the signed tree head: the same path claimed for a larger tree
                    // must not reach that tree's root.
                    assertThat(new InclusionProof(index, size + 1, proof.path()).verify(leaves.get(index),
                            mth(leaves.subList(0, size + 1)))).as("another size").isFalse();
                }
                for (int hash = 0; hash < proof.path().size(); hash++) {
                    assertThat(withFlippedBit(proof, hash).verify(leaves.get(index), root)).isFalse();
                }
                if (!proof.path().isEmpty()) {
                    assertThat(new InclusionProof(index, size, proof.path().subList(1, proof.path().size()))
                            .verify(leaves.get(index), root)).as("a hash short").isFalse();
                }
                List<byte[]> longer = new ArrayList<>(proof.path());
                longer.add(leaves.getFirst());
                assertThat(new InclusionProof(index, size, longer).verify(leaves.get(index), root))
                        .as("a hash too many").isFalse();
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndNothingElseDoes() {
        List<byte[]> leaves = leaves(LARGEST);
        MerkleTree tree = MerkleTree.of(leaves);
        for (int to = 1; to <= LARGEST; to++) {
            byte[] toRoot = mth(leaves.subList(0, to));
            for (int from = 1; from <= to; from++) {
                byte[] fromRoot = mth(leaves.subList(0, from));
                ConsistencyProof proof = tree.consistencyProof(from, to);
                assertThat(hex(proof.path())).as("proof %d -> %d", from, to).isEqualTo(hex(proof(from,
                        leaves.subList(0, to))));
                assertThat(proof.verify(fromRoot, toRoot)).as("%d -> %d", from, to).isTrue();
                if (from < to) {
                    assertThat(proof.verify(mth(leaves.subList(0, from - 1)), toRoot)).isFalse();
                    assertThat(proof.verify(fromRoot, mth(leaves.subList(0, to - 1)))).isFalse();
                    assertThat(proof.verify(fromRoot, mth(rewritten(leaves.subList(0, to), from - 1)))).as(
                            "a rewritten earlier leaf").isFalse();
                    assertThat(new ConsistencyProof(from, to, List.of()).verify(fromRoot, toRoot)).isFalse();
                    for (int hash = 0; hash < proof.path().size(); hash++) {
                        List<byte[]> changed = new ArrayList<>(proof.path());
                        changed.set(hash, flipped(changed.get(hash)));
                        assertThat(new ConsistencyProof(from, to, changed).verify(fromRoot, toRoot)).isFalse();
                    }
                    if (to + 1 <= LARGEST) {
                        assertThat(new ConsistencyProof(from, to + 1, proof.path()).verify(fromRoot,
                                mth(leaves.subList(0, to + 1)))).as("another size").isFalse();
                    }
                }
            }
        }
    }

    @Test
    void appendsReturnTheirIndexAndTheTreeRefusesWhatItCannotProve() {
        MerkleTree tree = new MerkleTree();
        assertThat(tree.append(MerkleHashes.leaf(new byte[] {1}))).isZero();
        assertThat(tree.append(MerkleHashes.leaf(new byte[] {2}))).isEqualTo(1);
        assertThat(tree.size()).isEqualTo(2);

        assertThatThrownBy(() -> tree.append(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.root(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InclusionProof(0, 1, List.of(new byte[5]))).isInstanceOf(
                IllegalArgumentException.class);
    }

    // --- RFC 9162 §2.1, literally ---

    private static byte[] mth(List<byte[]> leafHashes) {
        int n = leafHashes.size();
        if (n == 0) {
            return MerkleHashes.empty();
        }
        if (n == 1) {
            return leafHashes.getFirst();
        }
        int k = split(n);
        return MerkleHashes.node(mth(leafHashes.subList(0, k)), mth(leafHashes.subList(k, n)));
    }

    private static List<byte[]> path(int m, List<byte[]> leafHashes) {
        int n = leafHashes.size();
        List<byte[]> path = new ArrayList<>();
        if (n == 1) {
            return path;
        }
        int k = split(n);
        if (m < k) {
            path.addAll(path(m, leafHashes.subList(0, k)));
            path.add(mth(leafHashes.subList(k, n)));
        } else {
            path.addAll(path(m - k, leafHashes.subList(k, n)));
            path.add(mth(leafHashes.subList(0, k)));
        }
        return path;
    }

    private static List<byte[]> proof(int m, List<byte[]> leafHashes) {
        return m == leafHashes.size() ? List.of() : subproof(m, leafHashes, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> leafHashes, boolean whole) {
        int n = leafHashes.size();
        List<byte[]> proof = new ArrayList<>();
        if (m == n) {
            if (!whole) {
                proof.add(mth(leafHashes));
            }
            return proof;
        }
        int k = split(n);
        if (m <= k) {
            proof.addAll(subproof(m, leafHashes.subList(0, k), whole));
            proof.add(mth(leafHashes.subList(k, n)));
        } else {
            proof.addAll(subproof(m - k, leafHashes.subList(k, n), false));
            proof.add(mth(leafHashes.subList(0, k)));
        }
        return proof;
    }

    /** The largest power of two smaller than n, counted up rather than by bit tricks. */
    private static int split(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    // --- test data ---

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HexFormat.of()::formatHex).toList();
    }

    private static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(MerkleHashes.leaf(("transaction " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    private static List<byte[]> rewritten(List<byte[]> leaves, int index) {
        List<byte[]> copy = new ArrayList<>(leaves);
        copy.set(index, MerkleHashes.leaf("rewritten".getBytes(StandardCharsets.UTF_8)));
        return copy;
    }

    private static InclusionProof withFlippedBit(InclusionProof proof, int hash) {
        List<byte[]> changed = new ArrayList<>(proof.path());
        changed.set(hash, flipped(changed.get(hash)));
        return new InclusionProof(proof.leafIndex(), proof.treeSize(), changed);
    }

    private static byte[] flipped(byte[] hash) {
        byte[] copy = hash.clone();
        copy[copy.length / 2] ^= 1;
        return copy;
    }
}
