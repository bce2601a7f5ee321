package org.huzhu.kiosk.ui.volunteer;

import java.util.Optional;
import org.huzhu.kiosk.community.VolunteerTask;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.Pages;
import org.huzhu.kiosk.ui.session.ResidentSession;

/**
 * Today's volunteer tasks, each with the one thing the resident can do next: check in, check out, or nothing but its
 * status while staff confirm the minutes.
 */
public final class VolunteerController implements Controller {

    /** Tasks a page: what fits the screen at 1280 x 800; with their buttons and "more tasks", three choices. */
    static final int PER_PAGE = 2;

    private final VolunteerModel model = new VolunteerModel();
    private final VolunteerView view;
    private final ResidentSession session;

    public VolunteerController(ResidentSession session) {
        this.session = session;
        this.view = new VolunteerView(model, session, this);
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
        Background.run(() -> session.community().volunteering().today(session.resident().id()), model.tasks::set,
                view::showFailure);
    }

    void onMore() {
        model.page.set(Pages.next(model.page.get(), model.tasks.get().size(), PER_PAGE));
    }

    void onCheckIn(VolunteerTask task) {
        record(() -> {
            session.community().volunteering().checkIn(session.actor(), session.resident().id(), task.id());
            return new VolunteerModel.CheckedIn(task);
        });
    }

    void onCheckOut(VolunteerTask task) {
        record(() -> new VolunteerModel.CheckedOut(session.community().volunteering().checkOut(session.actor(),
                session.resident().id(), task.id())));
    }

    private void record(Background.Work<VolunteerModel.Outcome> work) {
        Background.recordOnce(model.working, work, this::done, failure -> done(new VolunteerModel.Failed(failure)));
    }

    /** Shows what the tap did and reloads the tasks, whose attendance it changed (or, if refused, may have). */
    private void done(VolunteerModel.Outcome outcome) {
        model.outcome.set(Optional.of(outcome));
        load();
    }
}
