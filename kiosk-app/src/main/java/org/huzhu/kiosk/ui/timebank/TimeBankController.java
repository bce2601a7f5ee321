package org.huzhu.kiosk.ui.timebank;

import java.util.List;
import java.util.Optional;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.community.TimeEntry;
import org.huzhu.kiosk.ui.aid.MyAidController;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.ResidentSession;

/**
 * The resident's time bank: balance in big type, the latest changes in plain words, "give time to family", and "my
 * aid" for a resident a charity gives aid to (issue 13 part 6).
 */
public final class TimeBankController implements Controller {

    /**
     * History lines shown: few enough to read at a glance, and room for one of them to wrap, at 1280 x 800 with the
     * demo tray.
     */
    static final int HISTORY_LINES = 4;

    private final TimeBankModel model = new TimeBankModel();
    private final TimeBankView view;
    private final ResidentSession session;

    public TimeBankController(ResidentSession session) {
        this.session = session;
        this.view = new TimeBankView(model, session, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        record Loaded(TimeBank.Balance balance, List<TimeEntry> history, List<Service> services, boolean aid) {
        }
        var community = session.community();
        var resident = session.resident().id();
        Background.run(() -> new Loaded(community.timeBank().balance(resident),
                community.timeBank().history(resident, HISTORY_LINES), community.catalogue().services(),
                community.aid().hasOrders(resident)), loaded -> {
                    model.services.set(loaded.services());
                    model.history.set(loaded.history());
                    model.hasAid.set(loaded.aid());
                    model.balance.set(Optional.of(loaded.balance())); // last: the view renders when it arrives
                }, view::showFailure);
    }

    void onGive() {
        session.navigator().open(new FamilyController(session));
    }

    void onAid() {
        session.navigator().open(new MyAidController(session));
    }
}
