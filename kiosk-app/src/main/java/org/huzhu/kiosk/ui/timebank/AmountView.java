package org.huzhu.kiosk.ui.timebank;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.ui.session.Choices;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;

/** The giver's balance and one big tile per amount: 15, 30, 60 and 120 minutes. */
final class AmountView extends SessionView {

    private final AmountModel model;
    private final FamilyMember member;
    private final AmountController controller;
    private final Label hint = new Label();

    AmountView(AmountModel model, ResidentSession session, FamilyMember member, AmountController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.member = member;
        this.controller = controller;
        hint.setId("transfer-amount-hint");
        hint.setWrapText(true);
        model.balance.addListener((observable, before, after) -> render());
        model.tooMuch.addListener((observable, before, after) -> render());
    }

    @Override
    protected StringExpression titleText() {
        return Bindings.createStringBinding(() -> words("transfer.amount.title", member.displayName()),
                text.languageProperty());
    }

    @Override
    protected void render() {
        var messages = text.messages();
        model.balance.get().ifPresentOrElse(balance -> {
            hint.setText(words("transfer.amount.hint", messages.minutes(balance.minutes())));
            List<Button> tiles = AmountController.AMOUNTS.stream().map(minutes -> Choices.button("amount-" + minutes,
                    messages.minutes(minutes), () -> controller.onAmount(minutes))).toList();
            content.getChildren().setAll(hint, Choices.grid(tiles));
            showProblem(model.tooMuch.get().map(minutes -> words("transfer.amount.notEnough",
                    messages.minutes(balance.minutes()), messages.minutes(minutes))).orElse(null));
        }, () -> content.getChildren().clear());
    }
}
