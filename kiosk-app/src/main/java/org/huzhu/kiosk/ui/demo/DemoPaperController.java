package org.huzhu.kiosk.ui.demo;

import org.huzhu.devices.printer.PaperWidth;
import org.huzhu.devices.printer.sim.SimulatedPrinter;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/**
 * The demo printer's output: each receipt the simulated printer reads from the ESC/POS bytes it was sent, drawn as
 * the paper would look (sizes, alignment, the QR code), at the screen's top right until it is taken or the kiosk moves on. FX thread only.
 */
public final class DemoPaperController implements Controller {

    private final DemoPaperModel model = new DemoPaperModel();
    private final DemoPaperView view;

    public DemoPaperController(UiText text, SimulatedPrinter printer, PaperWidth paper) {
        this.view = new DemoPaperView(model, text, this, paper);
        printer.onPrinted(receipt -> FxThread.run(() -> model.receipt.set(receipt)));
    }

    @Override
    public View<?> view() {
        return view;
    }

    /** "Take the receipt", or the kiosk went on to another screen: the paper leaves the screen. */
    public void onTake() {
        model.receipt.set(null);
    }
}
