package org.huzhu.kiosk.ui.book;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.Slot;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.Pages;
import org.huzhu.kiosk.ui.session.ResidentSession;

/** Booking, step 2: which day. Only days with a free place are offered, three a page and "later days". */
final class DayController implements Controller {

    static final int PER_PAGE = 3;

    private final DayModel model = new DayModel();
    private final ResidentSession session;
    private final Service service;
    private final DayView view;

    DayController(ResidentSession session, Service service) {
        this.session = session;
        this.service = service;
        this.view = new DayView(model, session, service, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        Background.run(() -> session.community().catalogue().upcomingSlots(service.code()), slots -> model.days.set(
                slots.stream().filter(slot -> slot.free() > 0).collect(Collectors.groupingBy(
                        slot -> LocalDate.ofInstant(slot.startsAt(), session.zone()), TreeMap::new,
                        Collectors.toList()))), view::showFailure);
    }

    void onMore() {
        model.page.set(Pages.next(model.page.get(), model.days.get().size(), PER_PAGE));
    }

    void onDay(List<Slot> slots) {
        session.navigator().open(new SlotController(session, service, slots));
    }
}
