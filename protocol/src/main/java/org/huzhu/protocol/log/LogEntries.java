package org.huzhu.protocol.log;

import java.util.Base64;
import java.util.List;

/**
 * {@code GET /v1/log/entries} answer (docs/protocol.md §16): consecutive leaves of a community's log from
 * {@code start}, each with the exact envelope bytes it hashes.
 *
 * @param treeSize the size of the log when read (entries beyond it do not exist yet)
 */
public record LogEntries(String community, long start, long treeSize, List<Entry> entries) {

    /**
     * @param envelope standard base64 of the exact canonical envelope bytes as the server stored them
     */
    public record Entry(long leafIndex, String transactionId, String envelope) {

        public byte[] envelopeBytes() {
            return Base64.getDecoder().decode(envelope);
        }

        /** {@link MerkleHashes#leaf} of the envelope: what the tree holds for this entry. */
        public byte[] leafHash() {
            return MerkleHashes.leaf(envelopeBytes());
        }
    }
}
