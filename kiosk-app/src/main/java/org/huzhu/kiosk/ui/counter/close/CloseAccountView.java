package org.huzhu.kiosk.ui.counter.close;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.desk.AccountClosing;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.themes.StyleClasses;

/**
 * The balance and the bookings closing cancels; why (moved away, died) and where the balance goes (each linked
 * family member whose account is open, or the centre's pool), with the rule in a sentence; then the confirm step that
 * says it all once more. While it is signed, a spinner.
 */
final class CloseAccountView extends CounterView {

    private final CloseAccountModel model;
    private final ResidentFile file;
    private final CloseAccountController controller;
    private final ZoneId zone;

    CloseAccountView(CloseAccountModel model, UiText text, ZoneId zone, ResidentFile file,
            CloseAccountController controller) {
        super(text);
        this.zone = zone;
        this.model = model;
        this.file = file;
        this.controller = controller;
        refreshOnChange(model.plan);
        refreshOnChange(model.why);
        refreshOnChange(model.heir);
        refreshOnChange(model.confirming);
        refreshOnChange(model.problem);
        refreshOnChange(model.working);
    }

    @Override
    protected String titleText() {
        return words("counter.close.title", file.resident().displayName());
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        List<Node> nodes = new ArrayList<>();
        List<Button> actions = new ArrayList<>();
        model.plan.get().ifPresentOrElse(plan -> {
            if (model.confirming.get()) {
                confirm(plan, nodes, actions);
            } else {
                choose(plan, nodes, actions);
            }
        }, () -> nodes.add(busy(words("counter.close.reading"), "close-reading")));
        if (model.working.get()) {
            nodes.add(busy(words("counter.enrol.recording"), "close-recording"));
        }
        showContent(nodes);
        Button cancel = action("close-cancel", words("counter.enrol.cancel"), false, controller::onCancel);
        cancel.disableProperty().bind(model.working);
        actions.add(cancel);
        showActions(actions);
    }

    private void choose(AccountClosing.Plan plan, List<Node> nodes, List<Button> actions) {
        Messages messages = text.messages();
        nodes.add(panel(emphasised(words("counter.close.balance", messages.minutes(Math.abs(balance())))
                        + (balance() < 0 ? " " + words("counter.close.overdrawn") : ""), "close-balance"),
                bookings(plan)));
        List<ToggleButton> reasons = new ArrayList<>();
        for (AccountClosing.Why why : AccountClosing.Why.values()) {
            reasons.add(toggle("close-why-" + why.code(), words("counter.close.why." + why.code()),
                    model.why.get().filter(why::equals).isPresent(), () -> controller.onWhy(why)));
        }
        nodes.add(choice(words("counter.close.why"), reasons));
        List<ToggleButton> places = new ArrayList<>();
        for (FamilyMember member : plan.heirs()) {
            places.add(toggle("close-to-" + member.residentId(), member.displayName(),
                    model.heir.get().filter(member::equals).isPresent(),
                    () -> controller.onBalanceTo(Optional.of(member))));
        }
        places.add(toggle("close-to-pool", words("counter.close.toPool"), model.heir.get().isEmpty(),
                () -> controller.onBalanceTo(Optional.empty())));
        nodes.add(choice(words("counter.close.balanceTo"), places));
        nodes.add(panel(wrapped(words("counter.close.rule"), "close-rule")));
        Button next = action("close-next", words("counter.close.next"), true, controller::onNext);
        next.disableProperty().bind(model.working);
        actions.add(next);
    }

    private void confirm(AccountClosing.Plan plan, List<Node> nodes, List<Button> actions) {
        String name = file.resident().displayName();
        String why = words("counter.close.why." + model.why.get().orElseThrow().code());
        String minutes = text.messages().minutes(Math.abs(balance()));
        String balance = balance() == 0 ? words("counter.close.confirm.nothing")
                : balance() < 0 ? words("counter.close.confirm.writeOff", minutes)
                : model.heir.get().map(heir -> words("counter.close.confirm.toMember", minutes, heir.displayName()))
                        .orElseGet(() -> words("counter.close.confirm.toPool", minutes));
        nodes.add(panel(emphasised(words("counter.close.confirm", name, why), "close-confirm"),
                wrapped(balance, "close-confirm-balance"),
                wrapped(words("counter.close.confirm.bookings", plan.cancelled().size()), "close-confirm-bookings"),
                wrapped(words("counter.close.confirm.final", name), "close-confirm-final")));
        Button close = action("close-confirm-button", words("counter.close.do"), true, controller::onClose);
        close.disableProperty().bind(model.working);
        Button back = action("close-back", words("counter.close.back"), false, controller::onBack);
        back.disableProperty().bind(model.working);
        actions.add(close);
        actions.add(back);
    }

    private long balance() {
        return file.balance().minutes();
    }

    private Node bookings(AccountClosing.Plan plan) {
        if (plan.cancelled().isEmpty()) {
            return wrapped(words("counter.close.noBookings"), "close-no-bookings");
        }
        List<Node> lines = new ArrayList<>();
        lines.add(wrapped(words("counter.close.bookings"), "close-bookings"));
        for (Booking booking : plan.cancelled()) {
            String when = Words.when(text.messages(), booking.startsAt(), zone);
            lines.add(wrapped(words("counter.close.booking", when, booking.service().name(text.messages().language())),
                    "close-booking-" + booking.id()));
        }
        return panel(lines.toArray(Node[]::new));
    }

    private ToggleButton toggle(String id, String label, boolean selected, Runnable onPress) {
        ToggleButton button = new ToggleButton(label);
        button.setId(id);
        button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        button.setSelected(selected);
        button.setDisable(model.working.get());
        button.setOnAction(event -> {
            button.setSelected(true); // a choice is changed by choosing another, never by choosing none
            onPress.run();
        });
        return button;
    }

    private static Node choice(String name, List<ToggleButton> buttons) {
        Label label = new Label(name);
        label.getStyleClass().add(StyleClasses.MUTED);
        FlowPane row = new FlowPane(label);
        row.getChildren().addAll(buttons);
        row.getStyleClass().add(StyleClasses.BUTTON_ROW);
        row.setHgap(12);
        row.setVgap(12);
        row.setStyle("-fx-alignment: center-left;");
        return row;
    }
}
