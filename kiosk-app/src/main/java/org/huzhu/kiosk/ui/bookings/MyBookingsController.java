package org.huzhu.kiosk.ui.bookings;

import java.util.Optional;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.ResidentSession;

/** The resident's upcoming bookings, each with "Cancel", which asks once more before it cancels. */
public final class MyBookingsController implements Controller {

    /** A screen shows at most this many bookings, so with their cancel buttons it stays within six choices. */
    static final int SHOWN = 5;

    private final MyBookingsModel model = new MyBookingsModel();
    private final MyBookingsView view;
    private final ResidentSession session;

    public MyBookingsController(ResidentSession session) {
        this.session = session;
        this.view = new MyBookingsView(model, session, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        load();
    }

    private void load() {
        Background.run(() -> session.community().bookings().upcoming(session.resident().id()), model.bookings::set,
                view::showFailure);
    }

    void onCancel(Booking booking) {
        view.showProblem(null);
        model.cancelling.set(Optional.of(booking));
    }

    void onKeep() {
        model.cancelling.set(Optional.empty());
    }

    void onCancelConfirmed() {
        Booking booking = model.cancelling.get().orElseThrow();
        Background.recordOnce(model.working, () -> session.community().bookings().cancel(session.actor(),
                session.resident().id(), booking.id()), cancelled -> {
                    model.cancelling.set(Optional.empty());
                    view.showCancelled(cancelled);
                    load();
                }, failure -> {
                    model.cancelling.set(Optional.empty());
                    view.showFailure(failure);
                });
    }
}
