package org.huzhu.kiosk.community;

import java.util.List;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.Transaction;

/**
 * Records a resident's confirmed action as signed journal transactions (all of them or none), then tells the sync
 * side there is something new to send. The server's authority rule is checked first ({@link KioskAuthority}).
 * Refusals found inside the transaction come back as {@link Refusal}.
 */
final class Recorder {

    private final Journal journal;
    private final Runnable recorded;

    /** @param recorded called after every successful record, e.g. to wake the background sync */
    Recorder(Journal journal, Runnable recorded) {
        this.journal = journal;
        this.recorded = recorded;
    }

    List<Transaction> record(Actor actor, List<Journal.Step> steps) throws Refusal {
        List<Transaction> transactions;
        // The authority check runs first in each step's change, inside the journal's transaction, like the others.
        List<Journal.Step> checked = steps.stream().map(step -> new Journal.Step(step.payload(),
                (connection, sequence) -> {
                    KioskAuthority.check(connection, actor, step.payload());
                    step.change().apply(connection, sequence);
                })).toList();
        try {
            transactions = journal.record(checked, actor);
        } catch (JournalException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RefusedChange refused) {
                    throw new Refusal(refused.reason(), refused.getMessage());
                }
            }
            throw new Refusal(Refusal.Reason.NOT_RECORDED, e.getMessage(), e);
        }
        recorded.run();
        return transactions;
    }
}
