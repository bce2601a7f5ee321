package org.huzhu.kiosk.ui.book;

import java.util.List;
import java.util.Map;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.ServiceRating;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.Pages;
import org.huzhu.kiosk.ui.session.ResidentSession;

/** Booking, step 1: which service. Three a page and "more services": four large tiles fit even the larger text. */
public final class BookController implements Controller {

    static final int PER_PAGE = 3;

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
        record Loaded(List<Service> services, Map<String, ServiceRating> ratings) {
        }
        Background.run(() -> new Loaded(session.community().catalogue().services(),
                session.community().voice().ratings()), loaded -> {
                    model.ratings.set(loaded.ratings());
                    model.services.set(loaded.services());
                }, view::showFailure);
    }

    void onService(Service service) {
        session.navigator().open(new DayController(session, service));
    }

    void onMore() {
        model.page.set(Pages.next(model.page.get(), model.services.get().size(), PER_PAGE));
    }
}
