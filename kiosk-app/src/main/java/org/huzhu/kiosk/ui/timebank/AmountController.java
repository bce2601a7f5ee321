package org.huzhu.kiosk.ui.timebank;

import java.util.List;
import java.util.Optional;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.ResidentSession;

/**
 * Giving time, step 2: how much, from four big tiles. An amount above the balance is refused here with a plain message
 * rather than disabled, so every tap gets an answer; the time bank checks its limits again when the transfer is
 * recorded.
 */
final class AmountController implements Controller {

    /** The amounts offered, in minutes. */
    static final List<Integer> AMOUNTS = List.of(15, 30, 60, 120);

    private final AmountModel model = new AmountModel();
    private final AmountView view;
    private final ResidentSession session;
    private final FamilyMember member;

    AmountController(ResidentSession session, FamilyMember member) {
        this.session = session;
        this.member = member;
        this.view = new AmountView(model, session, member, this);
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

    void onAmount(int minutes) {
        TimeBank.Balance balance = model.balance.get().orElseThrow();
        if (minutes > balance.minutes()) {
            model.tooMuch.set(Optional.of(minutes));
            return;
        }
        model.tooMuch.set(Optional.empty());
        session.navigator().open(new TransferConfirmController(session, member, minutes, balance));
    }
}
