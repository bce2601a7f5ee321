package org.huzhu.kiosk.ui.receipt;

import java.util.List;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.ui.session.Details;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;

/** The booking's receipt. Immutable facts, so no model: they are rendered in the current language. */
final class ReceiptView extends SessionView {

    private final ResidentSession session;
    private final Booking booking;
    private final TimeBank.Balance balanceAfter;
    private final Button done;
    private final Label note = new Label();
    private final Label printout;

    /** @param printout the line saying how the paper receipt printed */
    ReceiptView(ResidentSession session, Booking booking, TimeBank.Balance balanceAfter, ReceiptController controller,
            Label printout) {
        super(session.text(), session.navigator(), true);
        this.session = session;
        this.booking = booking;
        this.balanceAfter = balanceAfter;
        done = primaryAction("receipt-done", controller::onDone);
        note.setId("receipt-note");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // both lines on a narrow window, never "…"
        content.setSpacing(8); // the rows, the note under them and Done fit a 1024 x 768 window at the larger text
        this.printout = printout;
    }

    @Override
    protected StringExpression titleText() {
        return text.text("receipt.title");
    }

    private List<Details.Row> rows() {
        var messages = text.messages();
        var language = messages.language();
        return List.of(
                new Details.Row("receipt-number", words("details.number"), booking.number()),
                new Details.Row("receipt-what", words("details.what"), booking.service().name(language)),
                new Details.Row("receipt-when", words("details.when"),
                        Words.when(messages, booking.startsAt(), session.zone())),
                new Details.Row("receipt-where", words("details.where"), booking.service().place(language)),
                new Details.Row("receipt-cost", words("details.cost"),
                        Words.cost(messages, booking.costMinutes(), booking.costFen())),
                new Details.Row("receipt-balance", words("details.balance"),
                        messages.minutes(balanceAfter.minutes())));
    }

    @Override
    protected void render() {
        note.setText(words(booking.costFen() > 0 ? "receipt.note.pay" : "receipt.note"));
        done.setText(words("receipt.done"));
        content.getChildren().setAll(Details.grid(rows()), note, printout);
    }

    /** The receipt read out as sentences: "Booking number: 00006", "When: Tuesday 24 November, 14:30", … */
    @Override
    public String readAloudText() {
        StringBuilder spoken = new StringBuilder(words("receipt.title"));
        for (Details.Row row : rows()) {
            spoken.append('\n').append(row.name()).append(": ").append(row.value());
        }
        return spoken.append('\n').append(note.getText()).toString();
    }
}
