package org.huzhu.protocol.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.huzhu.protocol.TransactionType;

/**
 * Payload members that version 2 envelopes added, with the value a version 1 envelope means by leaving them out:
 * {@code service.confirmed}'s {@code reason} ({@code ""}). Version 1 envelopes are read with it filled in and written
 * without it, so their bytes stay exactly what old kiosks signed. Stateless.
 */
public final class PayloadVersions {

    private static final String REASON = "reason";

    private PayloadVersions() {
    }

    /** The payload as the version 2 record reads it: a version 1 {@code service.confirmed} gets {@code reason ""}. */
    public static ObjectNode readable(int version, TransactionType type, ObjectNode payload) {
        if (version == 1 && type == TransactionType.SERVICE_CONFIRMED && !payload.has(REASON)) {
            ObjectNode filled = payload.deepCopy();
            filled.put(REASON, "");
            return filled;
        }
        return payload;
    }

    /**
     * The payload as an envelope of {@code version} writes it.
     *
     * @throws IllegalArgumentException the payload says something version 1 cannot (a reason)
     */
    public static ObjectNode written(int version, TransactionType type, ObjectNode payload) {
        if (version == 1 && type == TransactionType.SERVICE_CONFIRMED) {
            if (!payload.path(REASON).asText().isEmpty()) {
                throw new IllegalArgumentException("a version 1 envelope cannot carry a confirmation's reason");
            }
            payload.remove(REASON);
        }
        return payload;
    }
}
