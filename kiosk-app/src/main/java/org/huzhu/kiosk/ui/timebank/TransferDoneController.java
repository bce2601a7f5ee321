package org.huzhu.kiosk.ui.timebank;

import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.receipt.PrintedReceipts;
import org.huzhu.kiosk.ui.receipt.ReceiptPrintout;
import org.huzhu.kiosk.ui.session.ResidentSession;

/** After giving time: what was given to whom and the balance now, on paper too if there is a printer; "Done" goes home. */
final class TransferDoneController implements Controller {

    private final TransferDoneView view;
    private final ResidentSession session;
    private final TimeBank.Transfer transfer;
    private final ReceiptPrintout printout;

    TransferDoneController(ResidentSession session, TimeBank.Transfer transfer) {
        this.session = session;
        this.transfer = transfer;
        this.printout = new ReceiptPrintout(session.printer(), session.text(), "transfer");
        this.view = new TransferDoneView(session, transfer, this, printout.line());
    }

    @Override
    public View<?> view() {
        return view;
    }

    /** The paper receipt, once: what was given, when, where and the balance now. */
    @Override
    public void activate() {
        printout.printOnce(() -> PrintedReceipts.transfer(session.text().messages(), session.zone(),
                session.clock().instant(), session.printer(), transfer));
    }

    void onDone() {
        session.navigator().home();
    }
}
