package org.huzhu.protocol.payload;

import java.util.UUID;

/**
 * Staff undo an accepted transaction's effect on the time ledger (a credit confirmed by mistake, a wrong charge) by
 * a counter-posting: nothing is edited or deleted, and the reason is kept with it.
 *
 * @param transactionId the accepted transaction whose postings are reversed
 * @param reason        why, for the monthly review
 */
public record TransactionReversed(UUID transactionId, String reason) implements Payload {

    public TransactionReversed {
        Checks.present("transactionId", transactionId);
        Checks.text("reason", reason);
    }
}
