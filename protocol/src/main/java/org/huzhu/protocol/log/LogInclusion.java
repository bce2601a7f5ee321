package org.huzhu.protocol.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code GET /v1/log/inclusion} answer (docs/protocol.md §16): accepted transaction {@code transactionId} is leaf
 * {@code leafIndex} of its community's log, with {@code leafHash}, in the tree of {@code treeSize} leaves; the audit
 * path and the signed head of that size come with it, so one answer is checked on its own.
 *
 * @param leafHash lower-case hex of {@link MerkleHashes#leaf} over the transaction's envelope bytes
 * @param path     the audit path, deepest sibling first, lower-case hex
 * @param treeHead the signed head of {@code treeSize} ({@link TreeHeadCodec#fromTree})
 */
public record LogInclusion(String community, String transactionId, long leafIndex, long treeSize, String leafHash,
        List<String> path, ObjectNode treeHead) {

    /** The proof to {@link InclusionProof#verify} against the head's root. */
    public InclusionProof proof() {
        return new InclusionProof(leafIndex, treeSize, path.stream().map(HexFormat.of()::parseHex).toList());
    }
}
