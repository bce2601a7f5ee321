package org.huzhu.kiosk.ui.book;

import java.util.Optional;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.Slot;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.receipt.ReceiptController;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.ResidentSession;

/** Booking, step 4: what it is, when, where, what it costs and the balance after; nothing is booked until "Confirm". */
final class ConfirmController implements Controller {

    private final ConfirmModel model = new ConfirmModel();
    private final ResidentSession session;
    private final Slot slot;
    private final ConfirmView view;

    ConfirmController(ResidentSession session, Service service, Slot slot) {
        this.session = session;
        this.slot = slot;
        this.view = new ConfirmView(model, session, service, slot, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        Background.run(() -> session.community().timeBank().balance(session.resident().id()),
                balance -> model.balance.set(Optional.of(balance)), view::showFailure);
    }

    void onConfirm() {
        view.showProblem(null);
        var id = session.resident().id();
        Background.recordOnce(model.working, () -> session.community().bookings().book(session.actor(), id, id,
                slot.id()), done -> session.navigator().finish(new ReceiptController(session, done.booking(),
                done.balanceAfter())), view::showFailure);
    }
}
