package org.huzhu.kiosk.ui.counter.book;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.Slot;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.themes.StyleClasses;

/**
 * The resident's balance; the services, each with its cost; the chosen one's days, and that day's times with their
 * free places; once the offline limit refused the booking, what is booked and why staff book it anyway. "Book" is the
 * main action.
 */
final class BookForView extends CounterView {

    private final BookForModel model;
    private final ResidentFile file;
    private final ZoneId zone;
    private final BookForController controller;
    private final TextField reason = new TextField();

    BookForView(BookForModel model, UiText text, ResidentFile file, ZoneId zone, BookForController controller) {
        super(text);
        this.model = model;
        this.file = file;
        this.zone = zone;
        this.controller = controller;
        reason.setId("book-reason");
        reason.getStyleClass().add(StyleClasses.FORM_FIELD);
        reason.setMaxWidth(READABLE_WIDTH);
        reason.textProperty().addListener((observable, before, after) -> controller.onReason(after));
        reason.setOnAction(event -> controller.onBook());
        refreshOnChange(model.services);
        refreshOnChange(model.service);
        refreshOnChange(model.slots);
        refreshOnChange(model.day);
        refreshOnChange(model.slot);
        refreshOnChange(model.overriding);
        refreshOnChange(model.problem);
        refreshOnChange(model.working);
    }

    @Override
    protected String titleText() {
        return words("counter.book.title", file.resident().displayName());
    }

    @Override
    protected void render() {
        Messages messages = text.messages();
        showProblem(model.problem.get().map(problem -> problem.in(messages)));
        List<Node> nodes = new ArrayList<>();
        nodes.add(wrapped(words("counter.book.balance", messages.minutes(file.balance().minutes())), "book-balance"));
        if (model.overriding.get()) {
            nodes.add(overridePanel(messages));
        } else {
            nodes.addAll(choicesOfServiceAndTime(messages));
        }
        if (model.working.get()) {
            nodes.add(busy(words("counter.enrol.recording"), "book-recording"));
        }
        showContent(nodes);
        Button book = action("book-confirm", words(model.overriding.get() ? "counter.book.override"
                : "counter.book.confirm"), true, controller::onBook);
        book.setDisable(model.slot.get().isEmpty() || model.working.get());
        Button back = model.overriding.get()
                ? action("book-choose-again", words("counter.book.chooseAgain"), false, controller::onChooseAgain)
                : action("book-cancel", words("counter.enrol.cancel"), false, controller::onCancel);
        back.setDisable(model.working.get());
        showActions(List.of(book, back));
        if (model.overriding.get()) {
            reason.requestFocus();
        }
    }

    private List<Node> choicesOfServiceAndTime(Messages messages) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(emphasised(words("counter.book.service"), "book-service-heading"));
        nodes.add(choices(serviceChoices(messages)));
        model.service.get().ifPresent(service -> {
            nodes.add(emphasised(words("counter.book.time", service.name(messages.language())), "book-time-heading"));
            if (model.slots.get().isEmpty()) {
                nodes.add(wrapped(words("counter.book.noTimes"), "book-no-times"));
            } else {
                nodes.add(choices(dayChoices(messages)));
                nodes.add(choices(slotChoices(messages)));
            }
        });
        return nodes;
    }

    /** What is to be booked, why the limit stopped it, and the reason staff give for booking it anyway. */
    private Node overridePanel(Messages messages) {
        Label label = new Label(words("counter.book.reason"));
        label.setLabelFor(reason);
        label.getStyleClass().add(StyleClasses.MUTED);
        String what = model.service.get().map(service -> service.name(messages.language())).orElse("");
        String when = model.slot.get().map(slot -> Words.when(messages, slot.startsAt(), zone)).orElse("");
        return panel(emphasised(words("counter.book.chosen", what, when), "book-chosen"),
                wrapped(words("counter.book.overLimitMeans"), "book-override-means"), label, reason);
    }

    private List<ToggleButton> serviceChoices(Messages messages) {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> choices = new ArrayList<>();
        for (Service service : model.services.get()) {
            ToggleButton button = choice("book-service-" + service.code(), group, () -> controller.onService(service));
            button.setText(words("counter.book.serviceChoice", service.name(messages.language()),
                    Words.cost(messages, service.costMinutes(), service.costFen())));
            button.setSelected(model.service.get().filter(service::equals).isPresent());
            button.setDisable(model.working.get());
            choices.add(button);
        }
        return choices;
    }

    /** The days the chosen service has times on, in order. */
    private Map<LocalDate, List<Slot>> days() {
        Map<LocalDate, List<Slot>> days = new LinkedHashMap<>();
        for (Slot slot : model.slots.get()) {
            days.computeIfAbsent(LocalDate.ofInstant(slot.startsAt(), zone), day -> new ArrayList<>()).add(slot);
        }
        return days;
    }

    private List<ToggleButton> dayChoices(Messages messages) {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> choices = new ArrayList<>();
        for (LocalDate day : days().keySet()) {
            ToggleButton button = choice("book-day-" + day, group, () -> controller.onDay(day));
            button.setText(Words.shortDay(messages, day));
            button.setSelected(model.day.get().filter(day::equals).isPresent());
            button.setDisable(model.working.get());
            choices.add(button);
        }
        return choices;
    }

    private List<ToggleButton> slotChoices(Messages messages) {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> choices = new ArrayList<>();
        List<Slot> ofTheDay = model.day.get().map(day -> days().getOrDefault(day, List.of())).orElse(List.of());
        for (int i = 0; i < ofTheDay.size(); i++) {
            Slot slot = ofTheDay.get(i);
            ToggleButton button = choice("book-slot-" + i, group, () -> controller.onSlot(slot)); // by the day's order
            button.setText(words("counter.book.slotChoice", Words.time(messages, slot.startsAt(), zone),
                    slot.free()));
            button.setSelected(model.slot.get().filter(slot::equals).isPresent());
            button.setDisable(slot.free() < 1 || model.working.get());
            choices.add(button);
        }
        return choices;
    }
}
