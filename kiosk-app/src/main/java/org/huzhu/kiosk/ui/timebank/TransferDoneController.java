package org.huzhu.kiosk.ui.timebank;

import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.ResidentSession;

/** After giving time: what was given to whom and the balance now; "Done" goes home. */
final class TransferDoneController implements Controller {

    private final TransferDoneView view;
    private final ResidentSession session;

    TransferDoneController(ResidentSession session, TimeBank.Transfer transfer) {
        this.session = session;
        this.view = new TransferDoneView(session, transfer, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    void onDone() {
        session.navigator().home();
    }
}
