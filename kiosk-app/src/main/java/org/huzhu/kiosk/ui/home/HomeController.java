package org.huzhu.kiosk.ui.home;

import java.util.List;
import java.util.Optional;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.community.Notice;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.ui.book.BookController;
import org.huzhu.kiosk.ui.bookings.MyBookingsController;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.timebank.TimeBankController;
import org.huzhu.kiosk.ui.volunteer.VolunteerController;

/** The signed-in resident's home: greeting, balance, next booking, and the few things they can do here. */
public final class HomeController implements Controller {

    private final HomeModel model = new HomeModel();
    private final HomeView view;
    private final ResidentSession session;

    public HomeController(ResidentSession session) {
        this.session = session;
        this.view = new HomeView(model, session, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        record Loaded(TimeBank.Balance balance, List<Booking> upcoming, long waiting, List<Notice> notices) {
        }
        Background.run(() -> new Loaded(session.community().timeBank().balance(session.resident().id()),
                session.community().bookings().upcoming(session.resident().id()),
                session.community().deliveries().waiting(), session.community().notices().today()), loaded -> {
                    model.balance.set(Optional.of(loaded.balance()));
                    model.nextBooking.set(loaded.upcoming().stream().findFirst());
                    model.waiting.set(loaded.waiting());
                    model.notices.set(loaded.notices());
                }, view::showFailure);
    }

    void onBook() {
        session.navigator().open(new BookController(session));
    }

    void onMyBookings() {
        session.navigator().open(new MyBookingsController(session));
    }

    void onTimeBank() {
        session.navigator().open(new TimeBankController(session));
    }

    void onVolunteer() {
        session.navigator().open(new VolunteerController(session));
    }

    void onSignOut() {
        session.navigator().signOut();
    }
}
