package org.huzhu.kiosk.ui.counter.shell;

import java.util.List;
import java.util.Optional;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.app.KioskContext;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.ui.counter.kit.CounterPlace;
import org.huzhu.kiosk.ui.demo.DemoTrayController;
import org.huzhu.kiosk.ui.demo.TrayCard;
import org.huzhu.kiosk.ui.idle.IdleQuestionController;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;

/**
 * The counter's frame (ADR 0013): shows one screen at a time in its content area, says who is signed in with which
 * card, how sync stands and whether both card readers work, and watches a signed-in session for idleness. What the
 * frame's buttons do (sign out, go to residents) is the counter flow's business, given as {@link Actions}. FX thread
 * only.
 */
public final class CounterShellController implements Controller {

    /**
     * What differs between the frames of the staff stations: the counter's navigation and demo cards, or the hospital
     * desk's (no navigation: one task), and what the banner says of a staff card the server refuses.
     *
     * @param places          the navigation's places, in order; none: no navigation column
     * @param tray            the demo cards offered in demo mode
     * @param staffCardKey    the words of the demo staff card's button
     * @param staffRefusedKey the banner's words ({0}: the staff member's name)
     * @param welcomeKey      how the station's two readers are used, before sign-in
     * @param cardFirstKey    what a card other than a staff card, tapped before sign-in, is answered with
     */
    public record Frame(List<CounterPlace> places, List<TrayCard> tray, String staffCardKey, String staffRefusedKey,
            String welcomeKey, String cardFirstKey) {

        public Frame {
            places = List.copyOf(places);
            tray = List.copyOf(tray);
        }
    }

    /** What the frame's own buttons ask for. */
    public interface Actions {
        void signOut();

        void go(CounterPlace place);
    }

    /**
     * The demo counter's cards: the demo residents, two nobody has enrolled yet (张三, 赵美兰), and 王秀英's
     * reissued card, to replace her "lost" one.
     */
    private static final List<TrayCard> COUNTER_TRAY = List.of(
            new TrayCard(DemoCard.WANG_XIUYING, "wang", "demo.card.wang"),
            new TrayCard(DemoCard.LI_JIANGUO, "li", "demo.card.li"),
            new TrayCard(DemoCard.UNREGISTERED, "zhang", "counter.demo.zhang"),
            new TrayCard(DemoCard.ZHAO_MEILAN, "zhao", "counter.demo.zhao"),
            new TrayCard(DemoCard.WANG_NEW_CARD, "wang-new", "demo.card.wangNew"),
            new TrayCard(DemoCard.FOREIGN, "foreign", "demo.card.foreign"));

    /** The counter's frame: every place, its demo cards, the counter's words for a refused staff card. */
    public static final Frame COUNTER = new Frame(List.of(CounterPlace.values()), COUNTER_TRAY, "demo.card.staff",
            "counter.staffRefused", "counter.welcome.body", "counter.welcome.residentFirst");

    private final CounterShellModel model = new CounterShellModel();
    private final CounterShellView view;
    private final UiText text;
    private final Actions actions;
    private final IdleQuestionController idle;
    private final Optional<DemoTrayController> demoTray;
    private Controller current;

    public CounterShellController(KioskContext station, UiText text, Actions actions) {
        this(station, text, actions, COUNTER);
    }

    public CounterShellController(KioskContext station, UiText text, Actions actions, Frame frame) {
        this.text = text;
        this.actions = actions;
        this.idle = new IdleQuestionController(text, station.config().idlePromptAfter(),
                station.config().idleCountdown());
        this.demoTray = station.demoDevices().map(devices -> new DemoTrayController(text, devices, frame.tray(),
                frame.staffCardKey(), "counter.demo.takeStaffAway"));
        this.view = new CounterShellView(model, text, station.clock().getZone(), this, frame, idle.view().root(),
                idle.shownProperty(), demoTray.map(tray -> tray.view().root()));
        model.centreName.set(station.config().centreName());
        model.demo.set(station.demo());
        model.syncing.set(station.sync().isPresent());
        station.sync().ifPresent(sync -> {
            model.syncStatus.set(Optional.of(sync.status()));
            // Called on the sync thread: the status reaches the bound label on the FX thread only.
            sync.addListener(status -> FxThread.run(() -> model.syncStatus.set(Optional.of(status))));
        });
    }

    @Override
    public View<?> view() {
        return view;
    }

    /** Replaces the current screen; the old one stops its timers before the new one starts. */
    public void show(Controller screen) {
        model.place.set(null);
        replace(screen);
    }

    /** Shows a screen of {@code place}: its button in the navigation shows as the one selected. */
    public void show(CounterPlace place, Controller screen) {
        model.place.set(place);
        replace(screen);
    }

    private void replace(Controller screen) {
        Controller shown = current;
        current = screen;
        Controller.replace(shown, screen, model.screen);
    }

    public Controller current() {
        return current;
    }

    /** {@code session}'s holder is signed in: their name and card key in the top bar, the navigation, "sign out". */
    public void signedIn(StaffSession session) {
        model.staffName.set(session.holderName());
        model.staffKey.set(session.shortFingerprint());
        model.staffRefused.set(false);
        model.signedIn.set(true);
    }

    /**
     * The server does not accept the signed-in card at a counter (not registered here, suspended, another community,
     * no counter role): a banner says so until sign-out, since whatever is recorded with it will be refused.
     */
    public void staffRefused() {
        model.staffRefused.set(model.signedIn.get());
    }

    /** The name the top bar shows, where it differs from the configured centre's (a hospital desk's hospital). */
    public void setPlaceName(String name) {
        model.centreName.set(name);
    }

    /** Nobody is signed in any more; the idle question goes too. */
    public void signedOut() {
        idle.stop();
        model.signedIn.set(false);
        model.staffRefused.set(false);
        model.staffName.set("");
        model.staffKey.set("");
    }

    /** How many card readers work now: fewer than two, and the frame says what a counter needs. */
    public void setReaders(int usable) {
        model.readers.set(usable);
    }

    /** Asks "Do you need more time?" after the configured idle time; no answer runs {@code signOut}. */
    public void watchForIdle(Runnable signOut) {
        idle.watch(view.root().getScene(), signOut);
    }

    @Override
    public void deactivate() {
        if (current != null) {
            current.deactivate();
        }
        idle.stop();
        demoTray.ifPresent(DemoTrayController::deactivate);
    }

    void onLanguageToggle() {
        text.setLanguage(text.language().next());
    }

    void onSignOut() {
        actions.signOut();
    }

    void onPlace(CounterPlace place) {
        actions.go(place);
    }
}
