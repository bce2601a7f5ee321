package org.huzhu.kiosk.ui.demo;

import java.util.Arrays;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.huzhu.kiosk.app.DemoCamera;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/**
 * The demo's tray of cards to "tap" from the screen, for the kiosk and the counter alike: residents' cards (each held
 * on the reader a moment, like a hand), a card pulled away too early, and the staff card, which stays on its reader
 * until "take card away". At the kiosk all share one reader; the counter has one for the staff card and one for
 * residents. While the station's camera is on, the tray holds pictures up to it instead (a face, a photo, a stranger,
 * a group, dogs, a resident code on a phone): one at a time, until another or "take away". FX thread only.
 */
public final class DemoTrayController implements Controller {

    /** A demo tap leaves the card on the reader this long, like a resident's hand. */
    static final Duration CARD_HELD = Duration.seconds(1.5);

    private final DemoTrayModel model = new DemoTrayModel();
    private final DemoTrayView view;
    private final DemoDevices devices;
    private final PauseTransition cardAway = new PauseTransition(CARD_HELD);

    /**
     * @param cards       the residents' cards, in the order shown (then "too brief" and the staff card)
     * @param takeAwayKey the words that take the staff card away
     */
    public DemoTrayController(UiText text, DemoDevices devices, List<TrayCard> cards, String takeAwayKey) {
        this(text, devices, cards, "demo.card.staff", takeAwayKey);
    }

    /** @param staffCardKey the words of the staff card's button (whose card the station's demo devices hold) */
    public DemoTrayController(UiText text, DemoDevices devices, List<TrayCard> cards, String staffCardKey,
            String takeAwayKey) {
        this.devices = devices;
        this.view = new DemoTrayView(model, text, this, cards, staffCardKey, takeAwayKey, pictures(devices));
        model.oneReader.set(devices.oneReader());
        cardAway.setOnFinished(event -> {
            devices.takeResidentCardAway();
            model.residentCardOnReader.set(false);
        });
        devices.camera().ifPresent(camera -> camera.onFilming(on -> FxThread.run(() -> cameraTurned(on))));
    }

    /** The pictures this station's demo camera can be shown (none without a demo camera). */
    static List<DemoCamera.Picture> pictures(DemoDevices devices) {
        return devices.camera().map(camera -> Arrays.stream(DemoCamera.Picture.values()).filter(camera::offers)
                .toList()).orElse(List.of());
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void deactivate() {
        cardAway.stop();
    }

    void onTap(TrayCard card) {
        hold(() -> devices.tap(card.card()));
    }

    void onTapTooBriefly() {
        hold(devices::tapTooBriefly);
    }

    /** The staff card is put down and left there, as staff do while they work. */
    void onStaffCard() {
        model.staffCardOnReader.set(true);
        devices.insertStaffCard();
    }

    void onTakeStaffCardAway() {
        devices.takeStaffCardAway();
        model.staffCardOnReader.set(false);
    }

    /** Holds {@code picture} up to the camera (read off the FX thread: a photo from disk, a code from the server). */
    void onShow(DemoCamera.Picture picture) {
        DemoCamera camera = devices.camera().orElseThrow();
        model.shown.set(picture);
        Background.run(() -> camera.show(picture), shown -> {
            if (!shown && model.shown.get() == picture) {
                model.shown.set(null);
            }
        }, failure -> model.shown.set(null));
    }

    void onTakePictureAway() {
        devices.camera().ifPresent(DemoCamera::showNothing);
        model.shown.set(null);
    }

    /** A camera that turns off forgets what was held up to it: the next person starts with the empty room. */
    private void cameraTurned(boolean on) {
        model.cameraOn.set(on);
        if (!on) {
            onTakePictureAway();
        }
    }

    private void hold(Runnable tap) {
        model.residentCardOnReader.set(true);
        tap.run();
        cardAway.playFromStart();
    }
}
