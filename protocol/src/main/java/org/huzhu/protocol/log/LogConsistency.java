package org.huzhu.protocol.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code GET /v1/log/consistency} answer (docs/protocol.md §16): that the community's tree of {@code fromSize} leaves
 * is the start of its tree of {@code toSize}, with the signed head of {@code toSize}.
 *
 * @param path     the consistency proof (RFC 9162 §2.1.4), lower-case hex
 * @param treeHead the signed head of {@code toSize} ({@link TreeHeadCodec#fromTree})
 */
public record LogConsistency(String community, long fromSize, long toSize, List<String> path, ObjectNode treeHead) {

    /** The proof to {@link ConsistencyProof#verify} between the two heads' roots. */
    public ConsistencyProof proof() {
        return new ConsistencyProof(fromSize, toSize, path.stream().map(HexFormat.of()::parseHex).toList());
    }
}
