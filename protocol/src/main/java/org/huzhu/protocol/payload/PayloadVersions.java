package org.huzhu.protocol.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.huzhu.protocol.TransactionType;

/**
 * Payload members added after envelopes were first signed without them, with the value an envelope means by leaving
 * them out ({@code ""}), so that the bytes of every envelope signed before stay exactly what their kiosk signed:
 * <ul>
 *   <li>{@code service.confirmed}'s {@code reason}: left out by version 1 envelopes, always written by version 2;</li>
 *   <li>{@code hours.redeemed}'s {@code reason} (a staff override at the counter, issue 12): left out whenever it is
 *       {@code ""}, in every version, so a resident's redeem is written as it always was; only version 2 can carry
 *       one.</li>
 * </ul>
 * Such envelopes are read with the member filled in and written without it. Stateless.
 */
public final class PayloadVersions {

    private static final String REASON = "reason";

    private PayloadVersions() {
    }

    /** Whether an envelope of {@code version} leaves {@code type}'s reason out when it is {@code ""}. */
    private static boolean reasonLeftOutWhenEmpty(int version, TransactionType type) {
        return (version == 1 && type == TransactionType.SERVICE_CONFIRMED) || type == TransactionType.HOURS_REDEEMED;
    }

    /** The payload as the current record reads it: a reason left out becomes {@code ""}. */
    public static ObjectNode readable(int version, TransactionType type, ObjectNode payload) {
        if (reasonLeftOutWhenEmpty(version, type) && !payload.has(REASON)) {
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
        if (reasonLeftOutWhenEmpty(version, type)) {
            if (payload.path(REASON).asText().isEmpty()) {
                payload.remove(REASON);
            } else if (version == 1) {
                throw new IllegalArgumentException("a version 1 envelope cannot carry a " + type.wireName()
                        + " reason");
            }
        }
        return payload;
    }
}
