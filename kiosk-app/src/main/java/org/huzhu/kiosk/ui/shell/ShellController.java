package org.huzhu.kiosk.ui.shell;

import org.huzhu.kiosk.app.KioskContext;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/** The frame around every screen; decides which screen is shown and switches the language. FX thread only. */
public final class ShellController implements Controller {

    private final ShellModel model = new ShellModel();
    private final ShellView view;
    private final UiText text;
    private Controller current;

    public ShellController(KioskContext context, UiText text) {
        this.text = text;
        this.view = new ShellView(model, text, this);
        model.centreName.set(context.config().centreName());
        model.demo.set(context.demo());
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

    @Override
    public void deactivate() {
        if (current != null) {
            current.deactivate();
        }
    }

    void onLanguageToggle() {
        text.setLanguage(text.language().next());
    }
}
