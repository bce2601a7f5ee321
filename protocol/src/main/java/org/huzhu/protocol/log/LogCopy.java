package org.huzhu.protocol.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.huzhu.protocol.sync.ServerKey;

/**
 * A whole copy of one community's transparency log, for an auditor to check offline ({@link LogAudit};
 * docs/protocol.md §16.6): every entry from leaf 0, in order, the server's signed head of exactly that many leaves,
 * and the key the head is signed with. The key is only as good as the channel it came by: an auditor compares its
 * {@code keyId} with the one a kiosk enrolled with or the server publishes ({@code GET /v1/server-key}).
 *
 * @param type     {@value #TYPE}
 * @param version  {@value #VERSION}
 * @param treeHead the signed head ({@link TreeHeadCodec#fromTree})
 */
public record LogCopy(String type, int version, ServerKey serverKey, ObjectNode treeHead,
        List<LogEntries.Entry> entries) {

    public static final String TYPE = "huzhu.log-copy";
    public static final int VERSION = 1;

    public LogCopy {
        entries = entries == null ? null : List.copyOf(entries);
    }
}
