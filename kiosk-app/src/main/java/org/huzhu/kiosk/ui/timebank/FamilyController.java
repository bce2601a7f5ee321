package org.huzhu.kiosk.ui.timebank;

import java.util.List;
import java.util.Optional;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.ResidentSession;

/**
 * Giving time, step 1: to which linked family member who may receive it; without one, how to get one at the counter.
 */
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
        Background.run(() -> new Family(!session.community().timeBank().family(session.resident().id()).isEmpty(),
                session.community().timeBank().receivers(session.resident().id())), family -> {
                    model.linked.set(family.linked());
                    model.family.set(Optional.of(family.receivers()));
                }, view::showFailure);
    }

    /** Whether the resident has family at all, and those of them who may receive time from them. */
    private record Family(boolean linked, List<FamilyMember> receivers) {
    }

    void onMember(FamilyMember member) {
        session.navigator().open(new AmountController(session, member));
    }
}
