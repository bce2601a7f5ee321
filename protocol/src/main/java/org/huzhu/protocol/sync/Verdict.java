package org.huzhu.protocol.sync;

import java.util.List;

/**
 * The server's final word on one transaction. It never changes: sending the transaction again returns the same
 * verdict with {@code duplicate = true}.
 *
 * @param index     position of the envelope in the batch, from 0
 * @param id        the transaction id
 * @param verdict   {@link #ACCEPTED} or {@link #REJECTED}
 * @param reason    machine-readable rejection reason (docs/protocol.md), absent when accepted
 * @param warnings  machine-readable warnings, e.g. {@code below-soft-limit}; empty when none
 * @param duplicate this transaction had been received before; nothing was applied again
 */
public record Verdict(int index, String id, long sequence, String verdict, @MayBeNull String reason, List<String> warnings,
        boolean duplicate) {

    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    public boolean accepted() {
        return ACCEPTED.equals(verdict);
    }
}
