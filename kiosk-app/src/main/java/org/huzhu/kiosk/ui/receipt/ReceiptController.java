package org.huzhu.kiosk.ui.receipt;

import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.ResidentSession;

/**
 * After booking: what, when, where, the cost and the booking number, to read or hear, and the same in large print on
 * paper if the kiosk has a printer; "Done" goes home.
 */
public final class ReceiptController implements Controller {

    private final ReceiptView view;
    private final ResidentSession session;
    private final Booking booking;
    private final TimeBank.Balance balanceAfter;
    private final ReceiptPrintout printout;

    public ReceiptController(ResidentSession session, Booking booking, TimeBank.Balance balanceAfter) {
        this.session = session;
        this.booking = booking;
        this.balanceAfter = balanceAfter;
        this.printout = new ReceiptPrintout(session.printer(), session.text(), "booking");
        this.view = new ReceiptView(session, booking, balanceAfter, this, printout.line());
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        printout.printOnce(() -> PrintedReceipts.booking(session.text().messages(), session.zone(), session.printer(),
                booking, balanceAfter));
    }

    void onDone() {
        session.navigator().home();
    }
}
