package org.huzhu.kiosk.ui.book;

import java.util.List;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.Slot;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.ResidentSession;

/** Booking, step 3: which time on the chosen day. */
final class SlotController implements Controller {

    private final SlotModel model = new SlotModel();
    private final ResidentSession session;
    private final Service service;
    private final SlotView view;

    SlotController(ResidentSession session, Service service, List<Slot> slots) {
        this.session = session;
        this.service = service;
        this.view = new SlotView(model, session, this);
        model.slots.set(List.copyOf(slots));
    }

    @Override
    public View<?> view() {
        return view;
    }

    void onSlot(Slot slot) {
        session.navigator().open(new ConfirmController(session, service, slot));
    }
}
