package org.huzhu.kiosk.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.huzhu.kiosk.app.KioskContext;

/** The JavaFX application. {@link #launch(KioskContext)} blocks until the window is closed. */
public final class KioskApplication extends Application {

    // Application.launch instantiates this class itself, so the context is handed over through a field.
    private static volatile KioskContext context;

    public static void launch(KioskContext kioskContext) {
        context = kioskContext;
        Application.launch(KioskApplication.class);
    }

    @Override
    public void start(Stage stage) {
        KioskWindow.open(stage, context);
    }
}
