package org.huzhu.kiosk.ui.book;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.Button;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.Slot;
import org.huzhu.kiosk.ui.session.Details;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;

/** The booking's facts, the cost and the balance after it, and one big "Confirm" button. */
final class ConfirmView extends SessionView {

    private final ConfirmModel model;
    private final ResidentSession session;
    private final Service service;
    private final Slot slot;
    private final Button confirm;

    ConfirmView(ConfirmModel model, ResidentSession session, Service service, Slot slot, ConfirmController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.session = session;
        this.service = service;
        this.slot = slot;
        confirm = primaryAction("confirm-booking", controller::onConfirm);
        confirm.disableProperty().bind(model.working);
        model.balance.addListener((observable, before, after) -> render());
    }

    @Override
    protected StringExpression titleText() {
        return text.text("book.confirm.title");
    }

    @Override
    protected void render() {
        var messages = text.messages();
        var language = messages.language();
        List<Details.Row> rows = new ArrayList<>(List.of(
                new Details.Row("confirm-what", words("details.what"), service.name(language)),
                new Details.Row("confirm-when", words("details.when"),
                        Words.when(messages, slot.startsAt(), session.zone())),
                new Details.Row("confirm-where", words("details.where"), service.place(language)),
                new Details.Row("confirm-provider", words("details.provider"), service.provider(language)),
                new Details.Row("confirm-cost", words("details.cost"),
                        Words.cost(messages, service.costMinutes(), service.costFen()))));
        if (service.costMinutes() > 0) {
            model.balance.get().ifPresent(balance -> rows.add(new Details.Row("confirm-balance-after",
                    words("details.balanceAfter"), words("book.confirm.balanceChange",
                            messages.minutes(balance.minutes()),
                            messages.minutes(balance.minutes() - service.costMinutes())))));
        }
        confirm.setText(words("book.confirm.button"));
        content.getChildren().setAll(Details.grid(rows));
    }
}
