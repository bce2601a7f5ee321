package org.huzhu.kiosk.ui.receipt;

import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.ResidentSession;

/** After booking: what, when, where, the cost and the booking number, to read or hear; "Done" goes home. */
public final class ReceiptController implements Controller {

    private final ReceiptView view;
    private final ResidentSession session;

    public ReceiptController(ResidentSession session, Booking booking, TimeBank.Balance balanceAfter) {
        this.session = session;
        this.view = new ReceiptView(session, booking, balanceAfter, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    void onDone() {
        session.navigator().home();
    }
}
