package org.huzhu.kiosk.ui.counter.book;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.community.Bookings;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.Slot;
import org.huzhu.kiosk.desk.CounterBooking;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.session.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books a service for a resident at the counter: a service, one of its times, "Book", signed on the staff card and
 * recorded off the FX thread; then the resident's file opens again saying what was booked. When the offline limit
 * refuses it (as it would at a kiosk), the screen says so and asks why staff book it anyway; with a reason, the same
 * booking is recorded on their authority.
 */
public final class BookForController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(BookForController.class);

    private final BookForModel model = new BookForModel();
    private final BookForView view;
    private final DeskSession session;
    private final ResidentFile file;

    public BookForController(DeskSession session, ResidentFile file) {
        this.session = session;
        this.file = file;
        this.view = new BookForView(model, session.text(), file, session.zone(), this);
        Background.run(() -> session.desk().bookings().services(),
                model.services::set,
                this::couldNotRead);
    }

    @Override
    public View<?> view() {
        return view;
    }

    void onService(Service service) {
        model.service.set(Optional.of(service));
        model.slot.set(Optional.empty());
        model.slots.set(List.of());
        model.day.set(Optional.empty());
        model.overriding.set(false);
        model.problem.set(Optional.empty());
        Background.run(() -> session.desk().bookings().slots(service), slots -> {
            if (model.service.get().filter(service::equals).isPresent()) { // not another service chosen since
                model.day.set(slots.stream().filter(slot -> slot.free() > 0).findFirst()
                        .map(slot -> LocalDate.ofInstant(slot.startsAt(), session.zone())));
                model.slots.set(slots);
            }
        }, this::couldNotRead);
    }

    void onDay(LocalDate day) {
        model.day.set(Optional.of(day));
        model.slot.set(Optional.empty());
    }

    void onSlot(Slot slot) {
        model.slot.set(Optional.of(slot));
        model.problem.set(Optional.empty());
    }

    void onReason(String reason) {
        model.reason.set(reason);
    }

    void onBook() {
        Optional<Slot> slot = model.slot.get();
        if (slot.isEmpty()) {
            return;
        }
        if (model.overriding.get() && model.reason.get().isBlank()) {
            model.problem.set(Optional.of(Sentence.of("counter.refusal.reason-required")));
            return;
        }
        model.problem.set(Optional.empty());
        String reason = model.overriding.get() ? model.reason.get() : "";
        Background.recordOnce(model.working,
                () -> session.desk().bookings().book(session.staff(), file.resident().id(), slot.get(), reason),
                this::booked,
                failure -> {
                    LOG.warn("A counter booking was not recorded: {}", failure.getMessage());
                    if (failure instanceof Refusal refusal && CounterBooking.needsOverride(refusal)) {
                        model.overriding.set(true);
                        model.problem.set(Optional.of(Sentence.of("counter.book.overLimit")));
                    } else {
                        model.problem.set(Optional.of(Sentence.refusal(failure, file.resident().displayName())));
                    }
                });
    }

    void onChooseAgain() {
        model.overriding.set(false);
        model.problem.set(Optional.empty());
    }

    void onCancel() {
        session.navigator().resident(file.resident().id(), Optional.empty());
    }

    private void booked(Bookings.Confirmation confirmation) {
        Booking booking = confirmation.booking();
        long balance = confirmation.balanceAfter().minutes();
        session.navigator().resident(file.resident().id(), Optional.of(Sentence.of("counter.book.done",
                (Sentence.Worded) messages -> booking.service().name(messages.language()),
                (Sentence.Worded) messages -> Words.when(messages, booking.startsAt(), session.zone()),
                booking.number(), (Sentence.Worded) messages -> messages.minutes(balance))));
    }

    private void couldNotRead(Exception failure) {
        LOG.warn("The counter could not read the catalogue: {}", failure.getMessage());
        model.problem.set(Optional.of(Sentence.refusal(failure)));
    }
}
