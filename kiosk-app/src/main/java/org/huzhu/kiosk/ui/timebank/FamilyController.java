package org.huzhu.kiosk.ui.timebank;

import java.util.Optional;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.ResidentSession;

/** Giving time, step 1: to which linked family member; without a family link, how to get one at the counter. */
final class FamilyController implements Controller {

    private final FamilyModel model = new FamilyModel();
    private final FamilyView view;
    private final ResidentSession session;

    FamilyController(ResidentSession session) {
        this.session = session;
        this.view = new FamilyView(model, session, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        Background.run(() -> session.community().timeBank().receivers(session.resident().id()),
                family -> model.family.set(Optional.of(family)), view::showFailure);
    }

    void onMember(FamilyMember member) {
        session.navigator().open(new AmountController(session, member));
    }
}
