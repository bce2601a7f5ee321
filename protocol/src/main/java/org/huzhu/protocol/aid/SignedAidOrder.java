package org.huzhu.protocol.aid;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of {@code POST /v1/aid/orders} (docs/protocol.md §12.6): the charity's aid order document and its
 * signature, in hex, with the charity's signing key over the document's canonical JSON.
 */
public record SignedAidOrder(ObjectNode document, String signature) {
}
