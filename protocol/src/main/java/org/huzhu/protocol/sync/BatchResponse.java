package org.huzhu.protocol.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code POST /v1/batches} answer.
 *
 * @param verdicts one per envelope processed, in batch order
 * @param receipt  signed receipt for the range of this batch that now has verdicts ({@link ReceiptCodec#fromTree});
 *                 absent when none has
 * @param head     the kiosk's chain head at the server after this batch
 * @param stopped  present when the server stopped before the end of the batch
 */
public record BatchResponse(String kioskId, List<Verdict> verdicts, @MayBeNull ObjectNode receipt, ChainHead head,
        @MayBeNull BatchStop stopped) {
}
