package org.huzhu.kiosk.ui.resting;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/**
 * The screen residents see instead of the attract screen while the kiosk rests: out of order (ADR 0022) or closed.
 * It has nothing to press; the flow takes it away by itself when the cause goes. FX thread only.
 */
public final class RestingController implements Controller {

    private final RestingModel model = new RestingModel();
    private final RestingView view;

    /** @param phone the centre's phone number as configured (empty: none shown) */
    public RestingController(UiText text, String phone) {
        this.view = new RestingView(model, text);
        model.phone.set(phone);
    }

    @Override
    public View<?> view() {
        return view;
    }

    /** Out of order from now on. */
    public void showOutOfOrder() {
        model.reason.set(RestingReason.OUT_OF_ORDER);
    }

    /** Closed, opening again at {@code nextOpening} (empty: not within a week), as seen at {@code now}. */
    public void showClosed(ZonedDateTime now, Optional<ZonedDateTime> nextOpening) {
        model.now.set(now);
        model.nextOpening.set(nextOpening.orElse(null));
        model.reason.set(RestingReason.CLOSED);
    }

    public RestingReason reason() {
        return model.reason.get();
    }
}
