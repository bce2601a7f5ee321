package org.huzhu.kiosk.ui.staff;

import java.util.function.IntConsumer;
import org.huzhu.kiosk.diagnostics.Maintenance;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's maintenance screen for a signed-in staff member (ADR 0020): who is signed in with which card key, its
 * health (a page of its own), save the diagnostics bundle to a USB stick, and in kiosk mode restart the kiosk or leave kiosk mode; Sign out. Taking the
 * card away signs out too; the session flow sees that, not this screen.
 */
public final class StaffHomeController implements Controller {

    /** Exit codes a supervisor tells apart: it restarts the kiosk after {@code RESTART}, not after {@code LEAVE}. */
    public static final int EXIT_RESTART = 0;
    public static final int EXIT_LEAVE_KIOSK_MODE = 10;
    private static final Logger LOG = LoggerFactory.getLogger(StaffHomeController.class);

    private final StaffHomeModel model = new StaffHomeModel();
    private final StaffHomeView view;
    private final StaffSession session;
    private final Runnable signOut;
    private final Maintenance maintenance;
    private final IntConsumer exit;
    private final Runnable showHealth;

    /**
     * @param signOut ends the staff session (it closes the card session)
     * @param exit    closes every window and ends the process with the given code (FX thread)
     * @param showHealth opens the health page
     */
    public StaffHomeController(UiText text, StaffSession session, Runnable signOut, Maintenance maintenance,
            boolean kioskMode, IntConsumer exit, Runnable showHealth) {
        this.session = session;
        this.signOut = signOut;
        this.maintenance = maintenance;
        this.exit = exit;
        this.showHealth = showHealth;
        this.view = new StaffHomeView(model, text, this);
        model.holderName.set(session.holderName());
        model.shortFingerprint.set(session.shortFingerprint());
        model.kioskMode.set(kioskMode);
    }

    @Override
    public View<?> view() {
        return view;
    }

    void onSignOut() {
        signOut.run();
    }

    void onShowHealth() {
        showHealth.run();
    }

    void onSaveDiagnostics() {
        Background.recordOnce(model.working, maintenance::saveDiagnostics, saved -> {
            switch (saved) {
                case Maintenance.Saved.OnStick onStick -> result("staff.diagnostics.saved",
                        onStick.file().getFileName().toString());
                case Maintenance.Saved.NoStick noStick -> result("staff.diagnostics.noStick", "");
                case Maintenance.Saved.Failed failed -> result("staff.diagnostics.failed", failed.reason());
            }
        }, failure -> result("staff.diagnostics.failed", String.valueOf(failure.getMessage())));
    }

    void onRestart() {
        LOG.info("Restart asked at the maintenance screen by staff {}", session.shortFingerprint());
        exit.accept(EXIT_RESTART);
    }

    void onLeaveKioskMode() {
        LOG.info("Leaving kiosk mode, asked at the maintenance screen by staff {}", session.shortFingerprint());
        exit.accept(EXIT_LEAVE_KIOSK_MODE);
    }

    private void result(String key, String argument) {
        model.resultArgument.set(argument);
        model.resultKey.set(key);
    }
}
