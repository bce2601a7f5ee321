package org.huzhu.kiosk.ui.timebank;

import java.util.Optional;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.ResidentSession;

/** Giving time, step 3: from whom, to whom, how much and the giver's balance after; nothing moves until "Confirm". */
final class TransferConfirmController implements Controller {

    private final TransferConfirmModel model = new TransferConfirmModel();
    private final TransferConfirmView view;
    private final ResidentSession session;
    private final FamilyMember member;
    private final int minutes;

    TransferConfirmController(ResidentSession session, FamilyMember member, int minutes, TimeBank.Balance balance) {
        this.session = session;
        this.member = member;
        this.minutes = minutes;
        this.view = new TransferConfirmView(model, session, member, minutes, balance, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    void onConfirm() {
        model.failure.set(Optional.empty());
        Background.recordOnce(model.working, () -> session.community().timeBank().transfer(session.actor(),
                session.resident().id(), member, minutes),
                transfer -> session.navigator().finish(new TransferDoneController(session, transfer)),
                failure -> model.failure.set(Optional.of(failure)));
    }
}
