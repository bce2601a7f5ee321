package org.huzhu.kiosk.ui.book;

import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.ResidentSession;

/** Booking, step 1: which service. Four services a page and "more services", so a screen never has over six choices. */
public final class BookController implements Controller {

    static final int PER_PAGE = 4;

    private final BookModel model = new BookModel();
    private final BookView view;
    private final ResidentSession session;

    public BookController(ResidentSession session) {
        this.session = session;
        this.view = new BookView(model, session, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        Background.run(() -> session.community().catalogue().services(), model.services::set, view::showFailure);
    }

    void onService(Service service) {
        session.navigator().open(new DayController(session, service));
    }

    void onMore() {
        int pages = (model.services.get().size() + PER_PAGE - 1) / PER_PAGE;
        model.page.set((model.page.get() + 1) % Math.max(1, pages));
    }
}
