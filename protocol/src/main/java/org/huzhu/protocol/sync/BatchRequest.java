package org.huzhu.protocol.sync;

import java.util.List;

/**
 * {@code POST /v1/batches} body: one kiosk's envelopes in sequence order, each the standard base64 (with padding) of
 * the exact canonical bytes the kiosk signed and stored (1 to {@link #MAX_ENVELOPES}).
 */
public record BatchRequest(List<String> envelopes) {

    public static final int MAX_ENVELOPES = 500;
}
