package org.huzhu.kiosk.ui.timebank;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.community.TimeEntry;
import org.huzhu.kiosk.ui.session.Choices;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.themes.StyleClasses;

/**
 * The balance in big type with when the centre last confirmed it, one big choice beside it, the latest changes, and
 * "my aid" as the main action for a resident a charity gives aid to.
 */
final class TimeBankView extends SessionView {

    private final TimeBankModel model;
    private final ResidentSession session;
    private final Label balanceLabel = new Label();
    private final Label balance = new Label();
    private final Label asOf = new Label();
    private final VBox history = new VBox(0);
    private final Button give;
    private final Button aid;

    TimeBankView(TimeBankModel model, ResidentSession session, TimeBankController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.session = session;
        balanceLabel.getStyleClass().add(StyleClasses.HEADING);
        balanceLabel.setMinWidth(Region.USE_PREF_SIZE);
        balance.setId("timebank-balance");
        balance.getStyleClass().add(StyleClasses.CLOCK_TIME);
        balance.setMinWidth(Region.USE_PREF_SIZE);
        asOf.setId("timebank-as-of");
        asOf.getStyleClass().add(StyleClasses.MUTED);
        asOf.setWrapText(true);
        history.getStyleClass().add(StyleClasses.PANEL);
        history.setMaxWidth(Double.MAX_VALUE);
        give = Choices.button("timebank-give", "", controller::onGive);
        give.setPrefWidth(400);
        // The screen's main action, between Back and Home: it takes no room from the balance and the history.
        aid = primaryAction("timebank-aid", controller::onAid);
        // The balance beside the one choice, so the history lines fit below them at 1280 x 800.
        HBox balanceRow = new HBox(24, balanceLabel, balance);
        balanceRow.setAlignment(Pos.BASELINE_LEFT);
        VBox balanceBlock = new VBox(0, balanceRow, asOf);
        HBox.setHgrow(balanceBlock, Priority.ALWAYS);
        HBox top = new HBox(48, balanceBlock, give);
        top.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().setAll(top, history);
        model.balance.addListener((observable, before, after) -> render());
    }

    @Override
    protected StringExpression titleText() {
        return text.text("timebank.title");
    }

    @Override
    protected void render() {
        var messages = text.messages();
        balanceLabel.setText(words("timebank.balance"));
        balance.setText(model.balance.get().map(value -> messages.minutes(value.minutes())).orElse("…"));
        asOf.setText(model.balance.get().map(value -> value.asOf()
                .map(at -> words("timebank.asOf", Words.when(messages, at, session.zone())))
                .orElse(words("timebank.notConfirmed"))).orElse(""));
        List<Label> lines = new ArrayList<>();
        List<TimeEntry> entries = model.history.get();
        for (int i = 0; i < entries.size(); i++) {
            Label line = new Label(HistoryWords.line(messages, entries.get(i), model.services.get(), session.zone()));
            line.setId("timebank-entry-" + i);
            line.setWrapText(true);
            lines.add(line);
        }
        if (lines.isEmpty()) {
            Label none = new Label(words("timebank.history.none"));
            none.setId("timebank-history-none");
            none.setWrapText(true);
            lines.add(none);
        }
        history.getChildren().setAll(lines);
        give.setText(words("timebank.give"));
        aid.setText(words("timebank.aid"));
        aid.setVisible(model.hasAid.get()); // only for whom it has something: no empty screen for everyone else
    }
}
