package org.huzhu.kiosk.ui.timebank;

import java.util.List;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.ui.session.Details;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.themes.StyleClasses;

/** The transfer that was recorded, in one sentence, the giver's balance now, and what happens next. No model. */
final class TransferDoneView extends SessionView {

    private final TimeBank.Transfer transfer;
    private final Label what = new Label();
    private final Label note = new Label();
    private final Button done;
    private final Label printout;

    /** @param printout the line saying how the paper receipt printed */
    TransferDoneView(ResidentSession session, TimeBank.Transfer transfer, TransferDoneController controller,
            Label printout) {
        super(session.text(), session.navigator(), true);
        this.transfer = transfer;
        what.setId("transfer-done-what");
        what.getStyleClass().add(StyleClasses.HEADING);
        what.setWrapText(true);
        note.setId("transfer-done-note");
        note.setWrapText(true);
        done = primaryAction("transfer-done", controller::onDone);
        this.printout = printout;
    }

    @Override
    protected StringExpression titleText() {
        return text.text("transfer.done.title");
    }

    @Override
    protected void render() {
        var messages = text.messages();
        what.setText(words("transfer.done.what", messages.minutes(transfer.minutes()),
                transfer.to().displayName()));
        String next = words("transfer.done.note");
        note.setText(transfer.balanceAfter().low() ? next + " " + words("transfer.done.low") : next);
        done.setText(words("transfer.done.button"));
        content.getChildren().setAll(what, Details.grid(List.of(new Details.Row("transfer-balance",
                words("details.balance"), messages.minutes(transfer.balanceAfter().minutes())))), note, printout);
    }
}
