package org.huzhu.kiosk.ui.staff;

import java.util.function.Consumer;
import org.huzhu.kiosk.health.HealthMonitor;
import org.huzhu.kiosk.health.HealthReport;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/**
 * The maintenance screen's health page (ADR 0022): every check with its state and, where it is not OK, the reason in
 * plain words, kept current while shown; Back returns to the maintenance screen.
 */
public final class KioskHealthController implements Controller {

    private final KioskHealthModel model = new KioskHealthModel();
    private final KioskHealthView view;
    private final HealthMonitor health;
    private final Runnable back;
    private final Consumer<HealthReport> onReport = report -> FxThread.run(() -> model.report.set(report));

    public KioskHealthController(UiText text, HealthMonitor health, Runnable back) {
        this.health = health;
        this.back = back;
        this.view = new KioskHealthView(model, text, this);
        health.latest().ifPresent(model.report::set);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        health.addListener(onReport);
        health.checkSoon();
    }

    @Override
    public void deactivate() {
        health.removeListener(onReport);
    }

    void onBack() {
        back.run();
    }
}
