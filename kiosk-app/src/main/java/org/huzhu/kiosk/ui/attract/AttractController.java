package org.huzhu.kiosk.ui.attract;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/** The screen shown while nobody is signed in. Its clock ticks only while the screen is visible. */
public final class AttractController implements Controller {

    private final AttractModel model = new AttractModel();
    private final AttractView view;
    private final Clock clock;
    private final Timeline ticker;

    /**
     * @param openCamera opens the camera screen, for a station with a camera; empty: card only, and the screen says
     *                   only "tap your card"
     */
    public AttractController(UiText text, Clock clock, java.util.Optional<Runnable> openCamera) {
        this.clock = clock;
        this.view = new AttractView(model, text, openCamera);
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        tick();
        ticker.play();
    }

    @Override
    public void deactivate() {
        ticker.stop();
        model.reading.set(false);
    }

    /** Shows or hides "reading your card…" while a card is on the reader. */
    public void showReading(boolean reading) {
        model.reading.set(reading);
    }

    private void tick() {
        model.now.set(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
    }
}
