package org.huzhu.kiosk.ui.home;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.huzhu.kiosk.ui.session.Choices;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.themes.StyleClasses;

/** Greeting as the title, the balance in big type, the next booking, four large choices and sign out below them. */
final class HomeView extends SessionView {

    private final HomeModel model;
    private final ResidentSession session;
    private final Label balanceLabel = new Label();
    private final Label balance = new Label();
    private final Label nextBooking = new Label();
    private final Label sync = new Label();
    private final Button book = choice("choice-book");
    private final Button myBookings = choice("choice-bookings");
    private final Button timeBank = choice("choice-timebank");
    private final Button volunteer = choice("choice-volunteer");
    private final Button signOut = choice("sign-out");

    HomeView(HomeModel model, ResidentSession session, HomeController controller) {
        super(session.text(), session.navigator(), false);
        this.model = model;
        this.session = session;
        titleId("home-greeting");
        balanceLabel.getStyleClass().add(StyleClasses.HEADING);
        balance.setId("home-balance");
        balance.getStyleClass().add(StyleClasses.CLOCK_TIME);
        nextBooking.setId("home-next-booking");
        nextBooking.setWrapText(true);
        sync.setId("home-sync");
        sync.getStyleClass().add(StyleClasses.MUTED);
        sync.setWrapText(true);
        book.setOnAction(event -> controller.onBook());
        myBookings.setOnAction(event -> controller.onMyBookings());
        timeBank.setOnAction(event -> controller.onTimeBank());
        volunteer.setOnAction(event -> controller.onVolunteer());
        signOut.setOnAction(event -> controller.onSignOut());
        signOut.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        HBox balanceRow = new HBox(24, balanceLabel, balance);
        balanceRow.setAlignment(Pos.BASELINE_CENTER);
        GridPane choices = new GridPane(24, 16);
        choices.setAlignment(Pos.CENTER);
        choices.addRow(0, book, myBookings);
        choices.addRow(1, timeBank, volunteer);
        content.setSpacing(16); // two rows of choices and sign-out fit above the demo tray at 1280 x 800
        content.getChildren().addAll(balanceRow, nextBooking, choices, signOut, sync);
        model.balance.addListener((observable, before, after) -> render());
        model.nextBooking.addListener((observable, before, after) -> render());
        model.waiting.addListener((observable, before, after) -> render());
    }

    private static Button choice(String id) {
        return Choices.button(id, "", () -> { });
    }

    @Override
    protected StringExpression titleText() {
        return Bindings.createStringBinding(() -> words("home.greeting", session.resident().displayName()),
                text.languageProperty());
    }

    @Override
    protected void render() {
        var messages = text.messages();
        balanceLabel.setText(words("home.balance"));
        balance.setText(model.balance.get().map(value -> messages.minutes(value.minutes())).orElse("…"));
        nextBooking.setText(model.nextBooking.get()
                .map(next -> words("home.nextBooking", next.service().name(messages.language()),
                        Words.when(messages, next.startsAt(), session.zone())))
                .orElse(words("home.noBooking")));
        book.setText(words("home.book"));
        myBookings.setText(words("home.myBookings"));
        timeBank.setText(words("home.timeBank"));
        volunteer.setText(words("home.volunteer"));
        signOut.setText(words("home.signOut"));
        // Said only while something waits: "all delivered" is the normal case and not worth a line of an elder's screen.
        sync.setText(model.waiting.get() > 0 ? words("home.sync.waiting", model.waiting.get()) : "");
        sync.setVisible(!sync.getText().isEmpty());
        sync.setManaged(sync.isVisible());
    }
}
