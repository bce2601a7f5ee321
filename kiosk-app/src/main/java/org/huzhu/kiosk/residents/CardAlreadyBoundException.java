package org.huzhu.kiosk.residents;

/**
 * Thrown inside an enrolment's journal transaction when its card turned out to be bound already (another enrolment
 * got there first): the transaction is rolled back and nothing is recorded.
 */
public final class CardAlreadyBoundException extends RuntimeException {

    private final transient Resident holder;

    CardAlreadyBoundException(Resident holder) {
        super("the card is already bound to resident " + holder.id());
        this.holder = holder;
    }

    /** Whom the card belongs to. */
    public Resident holder() {
        return holder;
    }
}
