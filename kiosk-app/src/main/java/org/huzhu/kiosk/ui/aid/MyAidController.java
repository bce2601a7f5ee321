package org.huzhu.kiosk.ui.aid;

import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.Pages;
import org.huzhu.kiosk.ui.session.ResidentSession;

/**
 * "My aid" (issue 13 part 6): each charity's aid order for the signed-in resident in plain words, as this kiosk's last
 * snapshot has it. Read only: nothing here records a transaction.
 */
public final class MyAidController implements Controller {

    /**
     * One order a page: its three sentences at the larger text step fill a 1366 x 690 screen's content; a resident with
     * several turns the page with "More aid".
     */
    static final int PER_PAGE = 1;

    private final MyAidModel model = new MyAidModel();
    private final MyAidView view;
    private final ResidentSession session;

    public MyAidController(ResidentSession session) {
        this.session = session;
        this.view = new MyAidView(model, session, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        Background.run(() -> session.community().aid().orders(session.resident().id()), model.orders::set,
                view::showFailure);
    }

    void onMore() {
        model.page.set(Pages.next(model.page.get(), model.orders.get().size(), PER_PAGE));
    }
}
