package org.huzhu.kiosk.ui.timebank;

import java.util.List;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.ui.session.Details;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;

/** Both names, the amount and the giver's balance before and after, and beside them one big "Confirm" button. */
final class TransferConfirmView extends SessionView {

    private final TransferConfirmModel model;
    private final ResidentSession session;
    private final FamilyMember member;
    private final int minutes;
    private final TimeBank.Balance balance;
    private final Button confirm = new Button();

    TransferConfirmView(TransferConfirmModel model, ResidentSession session, FamilyMember member, int minutes,
            TimeBank.Balance balance, TransferConfirmController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.session = session;
        this.member = member;
        this.minutes = minutes;
        this.balance = balance;
        confirm.setId("confirm-transfer");
        confirm.setPrefSize(360, 120);
        confirm.setWrapText(true);
        confirm.setOnAction(event -> controller.onConfirm());
        confirm.disableProperty().bind(model.working);
        model.failure.addListener((observable, before, after) -> render());
    }

    @Override
    protected StringExpression titleText() {
        return text.text("transfer.confirm.title");
    }

    private List<Details.Row> rows() {
        var messages = text.messages();
        return List.of(
                new Details.Row("transfer-from", words("details.from"), session.resident().displayName()),
                new Details.Row("transfer-to", words("details.to"), member.displayName()),
                new Details.Row("transfer-amount", words("details.amount"), Words.minutes(messages, minutes)),
                new Details.Row("transfer-balance-after", words("details.balanceAfter"),
                        words("book.confirm.balanceChange", Words.minutes(messages, balance.minutes()),
                                Words.minutes(messages, balance.minutes() - minutes))));
    }

    @Override
    protected void render() {
        confirm.setText(words("transfer.confirm.button", member.displayName()));
        GridPane facts = Details.grid(rows());
        HBox.setHgrow(facts, Priority.ALWAYS);
        // Facts and the button side by side, so a refusal still fits above Back and Home at 1280 x 800.
        HBox factsThenConfirm = new HBox(32, facts, confirm);
        factsThenConfirm.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().setAll(factsThenConfirm);
        model.failure.get().ifPresentOrElse(this::showFailure, () -> showProblem(null));
    }
}
