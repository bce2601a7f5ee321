package org.huzhu.kiosk.ui.home;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.ScrollPane;
import org.huzhu.kiosk.community.Notice;
import org.huzhu.kiosk.ui.kit.ScrollArea;
import org.huzhu.kiosk.ui.session.Choices;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.themes.StyleClasses;

/**
 * Greeting as the title with sign out at its right, the balance in big type, the next booking, the centre's notices of
 * today, and four large choices.
 */
final class HomeView extends SessionView {

    /** The newest notice only: with the balance, the next booking and four choices, one more panel is what fits. */
    private static final int NOTICES_SHOWN = 1;
    /** About half of a 1280-wide screen: a notice of 200 characters still wraps into a few lines. */
    private static final double NOTICE_WIDTH = 680;

    private final HomeModel model;
    private final ResidentSession session;
    private final Label balanceLabel = new Label();
    private final Label balance = new Label();
    private final Label nextBooking = new Label();
    private final Label sync = new Label();
    /** The centre's notices of today (issue 12 part 7), each read aloud with the rest of the screen. */
    private final VBox notices = new VBox(8);
    private final ScrollPane noticeArea = ScrollArea.vertical(notices);
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
        nextBooking.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        nextBooking.setMinHeight(Region.USE_PREF_SIZE);
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
        content.setSpacing(16); // two rows of choices fit above the demo tray at 1024 x 768
        notices.setId("home-notices");
        // The notice goes beside the balance and the next booking, not under them: at 1280 x 800 with the larger text
        // the choices fill the height already, and the width beside two short lines is free.
        VBox account = new VBox(4, balanceRow, nextBooking); // the balance and its booking belong together
        account.setAlignment(Pos.CENTER);
        HBox.setHgrow(account, Priority.ALWAYS);
        for (Region whole : new Region[] {balanceLabel, balance, balanceRow}) {
            whole.setMinWidth(Region.USE_PREF_SIZE); // the balance is never cut short
        }
        notices.setAlignment(Pos.CENTER);
        // On a 1024 x 768 window with the larger text a long notice beside the balance is taller than the room above
        // the choices: the row then shrinks to the balance's height and the notice scrolls in its place.
        noticeArea.setFitToHeight(false); // the notice at its own height for its width, so the bar shows when taller
        noticeArea.setPrefWidth(NOTICE_WIDTH);
        noticeArea.setMinWidth(NOTICE_WIDTH / 2); // gives way to the balance at the larger text on a 1024 px window
        HBox top = new HBox(24, account, noticeArea);
        top.setAlignment(Pos.CENTER);
        signOut.setPrefWidth(Region.USE_COMPUTED_SIZE); // as wide as its words: the greeting keeps the row
        signOut.setMinWidth(Region.USE_PREF_SIZE);
        besideTitle(signOut);
        content.getChildren().addAll(top, choices, sync);
        model.balance.addListener((observable, before, after) -> render());
        model.nextBooking.addListener((observable, before, after) -> render());
        model.waiting.addListener((observable, before, after) -> render());
        model.notices.addListener((observable, before, after) -> render());
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
        renderNotices();
    }

    /** The newest of today's notices, dated, in the resident's language. */
    private void renderNotices() {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(words("voice.format.date"),
                text.messages().language().locale());
        List<Label> shown = new ArrayList<>();
        for (Notice notice : model.notices.get().stream().limit(NOTICES_SHOWN).toList()) {
            Label line = new Label(words("home.notice", date.format(notice.from()), date.format(notice.until()),
                    notice.text(text.messages().language())));
            line.setId("home-notice-" + shown.size());
            line.setWrapText(true);
            line.getStyleClass().add(StyleClasses.PANEL);
            // A panel's usual padding costs a line of the choices' room, and its usual minimum width (18em) would not
            // leave the balance room beside it on a 1024 px window.
            line.setStyle("-fx-padding: 0.25em 0.75em; -fx-min-width: 8em;");
            line.setMaxWidth(Double.MAX_VALUE);
            line.setMinHeight(Region.USE_PREF_SIZE); // wrap to as many lines as it needs, never cut short
            shown.add(line);
        }
        notices.getChildren().setAll(shown);
        noticeArea.setVisible(!shown.isEmpty());
        noticeArea.setManaged(!shown.isEmpty());
    }
}
