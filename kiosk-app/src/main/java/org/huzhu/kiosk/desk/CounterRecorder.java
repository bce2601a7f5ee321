package org.huzhu.kiosk.desk;

import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.community.RefusedChange;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.journal.StaffAuthoriser;
import org.huzhu.kiosk.residents.CardAlreadyBoundException;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.protocol.Transaction;

/**
 * The one way the counter records: each step signed on the signed-in staff member's card (they are the actor too),
 * then journalled with its local change, all steps or none; then the background sync is woken, so the server hears of
 * it within seconds. Blocks on the card and the commit: never call on the FX thread. Thread-safe.
 */
public final class CounterRecorder {

    private final Journal journal;
    private final Runnable recorded;

    /** @param recorded called after every successful record (the background sync's nudge) */
    public CounterRecorder(Journal journal, Runnable recorded) {
        this.journal = journal;
        this.recorded = recorded;
    }

    /**
     * Records {@code steps} as {@code staff}'s action.
     *
     * @throws Refusal nothing was recorded: the staff card is gone or did not sign ({@code STAFF_CARD_GONE}), a
     *     step's change found a counter rule broken (its reason), or the journal failed ({@code NOT_RECORDED})
     */
    public List<Transaction> record(StaffSession staff, List<Journal.Step> steps) throws Refusal {
        if (!staff.isOpen()) {
            throw new Refusal(Refusal.Reason.STAFF_CARD_GONE, "the staff session has ended");
        }
        AtomicBoolean cardFailed = new AtomicBoolean();
        StaffAuthoriser card = content -> {
            try {
                return staff.authorise(content);
            } catch (JournalException e) {
                cardFailed.set(true);
                throw e;
            }
        };
        List<Transaction> transactions;
        try {
            transactions = journal.recordAuthorised(steps, staff.actor(), card);
        } catch (JournalException e) {
            throw refusal(e, cardFailed.get());
        }
        recorded.run();
        return transactions;
    }

    private static Refusal refusal(JournalException failure, boolean cardFailed) {
        if (cardFailed) {
            return new Refusal(Refusal.Reason.STAFF_CARD_GONE, failure.getMessage(), failure);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedChange rule) {
                return new Refusal(rule.reason(), rule.getMessage(), failure);
            }
            if (cause instanceof CardAlreadyBoundException bound) {
                return new Refusal(Refusal.Reason.DUPLICATE_CARD, bound.getMessage(), failure);
            }
        }
        return new Refusal(Refusal.Reason.NOT_RECORDED, failure.getMessage(), failure);
    }
}
