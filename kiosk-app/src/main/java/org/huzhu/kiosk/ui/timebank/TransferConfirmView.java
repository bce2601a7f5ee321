package org.huzhu.kiosk.ui.timebank;

import java.util.List;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.Button;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.ui.session.Details;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;

/** Both names, the amount and the giver's balance before and after, and the main action "Give to …". */
final class TransferConfirmView extends SessionView {

    private final TransferConfirmModel model;
    private final ResidentSession session;
    private final FamilyMember member;
    private final int minutes;
    private final TimeBank.Balance balance;
    private final Button confirm;

    TransferConfirmView(TransferConfirmModel model, ResidentSession session, FamilyMember member, int minutes,
            TimeBank.Balance balance, TransferConfirmController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.session = session;
        this.member = member;
        this.minutes = minutes;
        this.balance = balance;
        confirm = primaryAction("confirm-transfer", controller::onConfirm);
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
                new Details.Row("transfer-amount", words("details.amount"), messages.minutes(minutes)),
                new Details.Row("transfer-balance-after", words("details.balanceAfter"),
                        words("book.confirm.balanceChange", messages.minutes(balance.minutes()),
                                messages.minutes(balance.minutes() - minutes))));
    }

    @Override
    protected void render() {
        confirm.setText(words("transfer.confirm.button", member.displayName()));
        content.getChildren().setAll(Details.grid(rows()));
        model.failure.get().ifPresentOrElse(this::showFailure, () -> showProblem(null));
    }
}
