package org.huzhu.kiosk.ui.rate;

import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "How was your haircut?" with three large faces (issue 12 part 7): asked once, right after sign-in, about the latest
 * service booked here that has taken place; the answer is recorded as {@code service.rated}, a skip only noted here.
 * Either way the resident goes on to their home screen, and is not asked about it again.
 */
public final class RateController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(RateController.class);

    private final RateModel model = new RateModel();
    private final RateView view;
    private final ResidentSession session;
    private final Booking booking;

    private RateController(ResidentSession session, Booking booking) {
        this.session = session;
        this.booking = booking;
        this.view = new RateView(model, session, booking, this);
    }

    /**
     * The first screen of a resident's session: the question, if a service of theirs took place since they were
     * last asked, else home. A failure to look is no reason to keep them from home: it goes home and is logged.
     */
    public static void askOrGoHome(ResidentSession session) {
        Background.run(() -> session.community().voice().toAsk(session.resident().id()),
                booking -> booking.ifPresentOrElse(
                        asked -> session.navigator().finish(new RateController(session, asked)),
                        session.navigator()::home),
                failure -> {
                    LOG.warn("Could not look for a service to ask about: {}", failure.getMessage());
                    session.navigator().home();
                });
    }

    @Override
    public View<?> view() {
        return view;
    }

    void onFace(Face face) {
        Background.recordOnce(model.working,
                () -> {
                    session.community().voice().rate(session.actor(), booking, face.stars());
                    return face;
                },
                rated -> session.navigator().home(),
                view::showFailure);
    }

    void onSkip() {
        Background.recordOnce(model.working,
                () -> {
                    session.community().voice().skip(booking);
                    return booking;
                },
                skipped -> session.navigator().home(),
                failure -> {
                    // Not asking again matters less than letting the resident get on: home all the same.
                    LOG.warn("A skipped question was not noted: {}", failure.getMessage());
                    session.navigator().home();
                });
    }
}
