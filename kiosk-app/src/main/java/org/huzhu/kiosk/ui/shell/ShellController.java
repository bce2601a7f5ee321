package org.huzhu.kiosk.ui.shell;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskContext;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/** The frame around every screen; decides which screen is shown and switches the language. FX thread only. */
public final class ShellController implements Controller {

    /** A demo tap leaves the card on the reader this long, like a resident's hand. */
    static final Duration DEMO_CARD_HELD = Duration.seconds(1.5);

    private final ShellModel model = new ShellModel();
    private final ShellView view;
    private final UiText text;
    private final Optional<DemoDevices> demoDevices;
    private final PauseTransition demoCardAway = new PauseTransition(DEMO_CARD_HELD);
    private Controller current;

    public ShellController(KioskContext context, UiText text) {
        this.text = text;
        this.demoDevices = context.demoDevices();
        this.view = new ShellView(model, text, this);
        model.centreName.set(context.config().centreName());
        model.demo.set(context.demo());
        demoCardAway.setOnFinished(event -> {
            demoDevices.ifPresent(DemoDevices::takeCardAway);
            model.demoCardOnReader.set(false);
        });
    }

    @Override
    public View<?> view() {
        return view;
    }

    /** Replaces the current screen; the old one stops its timers before the new one starts. */
    public void show(Controller screen) {
        if (current != null) {
            current.deactivate();
        }
        current = screen;
        model.screen.set(screen.view().root());
        screen.activate();
    }

    public Controller current() {
        return current;
    }

    /** Shows or hides the "card reader not connected" banner. */
    public void setReaderAvailable(boolean available) {
        model.readerAvailable.set(available);
    }

    @Override
    public void deactivate() {
        if (current != null) {
            current.deactivate();
        }
        demoCardAway.stop();
    }

    void onLanguageToggle() {
        text.setLanguage(text.language().next());
    }

    void onDemoTap(DemoDevices.DemoCard card) {
        demoDevices.ifPresent(devices -> holdDemoCard(() -> devices.tap(card)));
    }

    void onDemoTapTooBriefly() {
        demoDevices.ifPresent(devices -> holdDemoCard(devices::tapTooBriefly));
    }

    private void holdDemoCard(Runnable tap) {
        model.demoCardOnReader.set(true);
        tap.run();
        demoCardAway.playFromStart();
    }
}
