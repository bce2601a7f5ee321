package org.huzhu.kiosk.ui.bookings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.community.Delivery;
import org.huzhu.kiosk.ui.session.Details;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.themes.StyleClasses;

/** Either the list of bookings with a "Cancel" each, or, for the one being cancelled, its facts and "Yes / No". */
final class MyBookingsView extends SessionView {

    private final MyBookingsModel model;
    private final ResidentSession session;
    private final MyBookingsController controller;
    private final Label done = new Label();

    MyBookingsView(MyBookingsModel model, ResidentSession session, MyBookingsController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.session = session;
        this.controller = controller;
        done.setId("bookings-done");
        done.getStyleClass().add(StyleClasses.HEADING);
        done.setWrapText(true);
        model.bookings.addListener((observable, before, after) -> render());
        model.cancelling.addListener((observable, before, after) -> render());
    }

    @Override
    protected StringExpression titleText() {
        return Bindings.createStringBinding(() -> words(model.cancelling.get().isPresent()
                ? "bookings.cancel.title" : "bookings.title"), text.languageProperty(), model.cancelling);
    }

    @Override
    protected void render() {
        model.cancelling.get().ifPresentOrElse(this::renderQuestion, this::renderList);
    }

    private void renderList() {
        var messages = text.messages();
        List<Node> rows = new ArrayList<>();
        if (!done.getText().isEmpty()) {
            rows.add(done);
        }
        List<Booking> bookings = model.bookings.get();
        if (bookings.isEmpty()) {
            rows.add(new Label(words("bookings.none")));
        }
        for (Booking booking : bookings.subList(0, Math.min(bookings.size(), MyBookingsController.SHOWN))) {
            Label what = new Label(booking.service().name(messages.language()) + "\n"
                    + Words.when(messages, booking.startsAt(), session.zone()) + "\n" + status(booking));
            what.setWrapText(true);
            HBox.setHgrow(what, Priority.ALWAYS);
            what.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(24, what);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add(StyleClasses.PANEL);
            if (booking.delivery() != Delivery.REFUSED) {
                Button cancel = new Button(words("bookings.cancel"));
                cancel.setId("cancel-" + booking.number());
                cancel.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
                cancel.setOnAction(event -> controller.onCancel(booking));
                row.getChildren().add(cancel);
            }
            rows.add(row);
        }
        if (bookings.size() > MyBookingsController.SHOWN) {
            rows.add(new Label(words("bookings.more", bookings.size() - MyBookingsController.SHOWN)));
        }
        content.getChildren().setAll(rows);
    }

    private String status(Booking booking) {
        return switch (booking.delivery()) {
            case WAITING_FOR_SERVER, ACCEPTED -> words("bookings.number", booking.number());
            case REFUSED -> words("bookings.refused");
        };
    }

    private void renderQuestion(Booking booking) {
        var messages = text.messages();
        var rows = new ArrayList<Details.Row>(List.of(
                new Details.Row("cancel-what", words("details.what"), booking.service().name(messages.language())),
                new Details.Row("cancel-when", words("details.when"),
                        Words.when(messages, booking.startsAt(), session.zone()))));
        if (booking.costMinutes() > 0) {
            rows.add(new Details.Row("cancel-refund", words("details.refund"),
                    messages.minutes(booking.costMinutes())));
        }
        Button yes = new Button(words("bookings.cancel.yes"));
        yes.setId("cancel-yes");
        yes.setPrefWidth(400);
        yes.disableProperty().bind(model.working);
        yes.setOnAction(event -> controller.onCancelConfirmed());
        Button no = new Button(words("bookings.cancel.no"));
        no.setId("cancel-no");
        no.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        no.setPrefWidth(400);
        no.setOnAction(event -> controller.onKeep());
        HBox answers = new HBox(32, no, yes);
        answers.setAlignment(Pos.CENTER);
        content.getChildren().setAll(new VBox(24, Details.grid(rows)), answers);
    }

    void showCancelled(Booking booking) {
        var messages = text.messages();
        done.setText(words("bookings.cancelled", booking.service().name(messages.language()),
                Words.when(messages, booking.startsAt(), session.zone())));
    }
}
