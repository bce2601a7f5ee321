package org.huzhu.kiosk.ui.receipt;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import org.huzhu.kiosk.printing.Paper;
import org.huzhu.kiosk.printing.StationPrinter;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.themes.StyleClasses;

/**
 * A screen's paper receipt: printed once, in the background (never on the FX thread), and a line on the screen that
 * says plainly when it could not print, and that what was done stands. The line's text also follows printing and
 * printed, for read-aloud and tests, but it is shown only on failure. Nothing at all without a printer. FX thread
 * only.
 */
public final class ReceiptPrintout {

    /** How printing went, as the screen says it. */
    public enum Outcome { NO_PRINTER, PRINTING, PRINTED, OUT_OF_PAPER, NOT_PRINTED }

    private final StationPrinter printer;
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NO_PRINTER);
    private final Label line = new Label();
    private boolean started;

    /**
     * @param kind what was done, naming the words that say it stands without its receipt: {@code booking} or
     *             {@code transfer} (keys {@code receipt.print.paper.KIND} and {@code receipt.print.failed.KIND})
     */
    public ReceiptPrintout(StationPrinter printer, UiText text, String kind) {
        this.printer = printer;
        line.setId("receipt-print");
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        // Never cut short: the screen gives this line the height it needs.
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        line.textProperty().bind(Bindings.createStringBinding(() -> switch (outcome.get()) {
            case NO_PRINTER -> "";
            case PRINTING -> text.messages().text("receipt.print.printing");
            case PRINTED -> text.messages().text("receipt.print.done");
            case OUT_OF_PAPER -> text.messages().text("receipt.print.paper." + kind);
            case NOT_PRINTED -> text.messages().text("receipt.print.failed." + kind);
        }, outcome, text.languageProperty()));
        // Shown only when the receipt could not print: a printed one speaks for itself, and the receipt screen has
        // no room for one more line at large text on a 1280 x 800 screen.
        line.visibleProperty().bind(outcome.isEqualTo(Outcome.OUT_OF_PAPER).or(outcome.isEqualTo(Outcome.NOT_PRINTED)));
        line.managedProperty().bind(line.visibleProperty());
        outcome.addListener((observable, was, now) -> {
            boolean failed = now == Outcome.OUT_OF_PAPER || now == Outcome.NOT_PRINTED;
            line.getStyleClass().remove(StyleClasses.BANNER_WARNING);
            if (failed) {
                line.getStyleClass().add(StyleClasses.BANNER_WARNING);
            }
        });
    }

    /** Prints the receipt the first time only (a screen shown again, or in the other language, prints nothing more). */
    public void printOnce(Supplier<Paper> receipt) {
        if (started || !printer.present()) {
            return;
        }
        started = true;
        Paper paper = receipt.get();
        outcome.set(Outcome.PRINTING);
        Background.run(() -> printer.print(paper), result -> outcome.set(Outcome.valueOf(result.name())),
                failure -> outcome.set(Outcome.NOT_PRINTED));
    }

    /** The line to put on the screen (hidden without a printer). */
    public Label line() {
        return line;
    }

    public Outcome outcome() {
        return outcome.get();
    }
}
