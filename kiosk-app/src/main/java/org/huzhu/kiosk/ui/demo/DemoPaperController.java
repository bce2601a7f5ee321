package org.huzhu.kiosk.ui.demo;

import org.huzhu.kiosk.app.DemoDevices;
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

    /** @param paperDots the printer's paper width in dots (the paper is drawn at about half size) */
    public DemoPaperController(UiText text, DemoDevices devices, int paperDots) {
        this.view = new DemoPaperView(model, text, this, paperDots);
        devices.onReceiptPrinted(receipt -> FxThread.run(() -> model.receipt.set(receipt)));
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
