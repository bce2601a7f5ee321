package org.huzhu.kiosk.ui.shell;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskContext;
import org.huzhu.kiosk.speech.Speaker;
import org.huzhu.kiosk.speech.Utterance;
import org.huzhu.kiosk.speech.Volume;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame around every screen; decides which screen is shown, and offers on every screen the same aids in the same
 * place: the language toggle, read-aloud with its volume (only when a speech engine is installed), the larger text
 * step, and the idle question over any screen. What a resident changes lasts until {@link #endSession()}. FX thread
 * only.
 */
public final class ShellController implements Controller {

    /** A demo tap leaves the card on the reader this long, like a resident's hand. */
    static final Duration DEMO_CARD_HELD = Duration.seconds(1.5);

    private static final Logger LOG = LoggerFactory.getLogger(ShellController.class);

    private final ShellModel model = new ShellModel();
    private final ShellView view;
    private final IdlePromptView idlePrompt;
    private final UiText text;
    private final Optional<DemoDevices> demoDevices;
    private final Optional<Speaker> speaker;
    private final IdleGuard idleGuard;
    private final PauseTransition demoCardAway = new PauseTransition(DEMO_CARD_HELD);
    private Controller current;

    /** @param speaker the text-to-speech engine, or empty when none is installed (the read-aloud button is hidden) */
    public ShellController(KioskContext context, UiText text, Optional<Speaker> speaker) {
        this.text = text;
        this.demoDevices = context.demoDevices();
        this.speaker = speaker;
        this.idleGuard = new IdleGuard(model, context.config().idlePromptAfter(), context.config().idleCountdown());
        this.idlePrompt = new IdlePromptView(model, text, this);
        this.view = new ShellView(model, text, this, idlePrompt.root());
        model.centreName.set(context.config().centreName());
        model.demo.set(context.demo());
        model.speechAvailable.set(speaker.isPresent());
        demoCardAway.setOnFinished(event -> {
            demoDevices.ifPresent(DemoDevices::takeCardAway);
            model.demoCardOnReader.set(false);
        });
    }

    @Override
    public View<?> view() {
        return view;
    }

    /** Replaces the current screen; the old one stops its timers, and its reading aloud, before the new one starts. */
    public void show(Controller screen) {
        if (current != null) {
            current.deactivate();
        }
        speaker.ifPresent(Speaker::stop);
        current = screen;
        model.screen.set(screen.view().root());
        screen.activate();
    }

    public Controller current() {
        return current;
    }

    /** The language and texts of this frame: screens shown in it bind to these, so the language toggle reaches them. */
    public UiText text() {
        return text;
    }

    /** Shows or hides the "card reader not connected" banner. */
    public void setReaderAvailable(boolean available) {
        model.readerAvailable.set(available);
    }

    /**
     * From now on, after the configured idle time ask "Do you need more time?" over whatever screen is shown, and run
     * {@code signOut} if nobody answers within the configured countdown (or "sign out" is pressed).
     */
    public void watchForIdle(Runnable signOut) {
        idleGuard.start(view.root().getScene(), signOut);
    }

    /**
     * The resident has gone: stop watching for idleness, take away the idle question, stop reading aloud, and put the
     * volume and the text size back to their defaults for the next person.
     */
    public void endSession() {
        idleGuard.stop();
        speaker.ifPresent(Speaker::stop);
        model.volume.set(Volume.DEFAULT);
        model.largeText.set(false);
    }

    @Override
    public void deactivate() {
        if (current != null) {
            current.deactivate();
        }
        idleGuard.stop();
        speaker.ifPresent(Speaker::stop);
        demoCardAway.stop();
    }

    void onLanguageToggle() {
        text.setLanguage(text.language().next());
    }

    void onReadAloud() {
        View<?> shown = model.idlePromptShown.get() ? idlePrompt : current.view();
        say(shown.readAloudText());
    }

    void onLouder() {
        model.volume.set(model.volume.get().louder());
        say(text.messages().text("shell.louder"));
    }

    void onQuieter() {
        model.volume.set(model.volume.get().quieter());
        say(text.messages().text("shell.quieter"));
    }

    void onTextSizeToggle() {
        model.largeText.set(!model.largeText.get());
    }

    void onKeepGoing() {
        idleGuard.keepGoing();
    }

    void onIdleSignOut() {
        idleGuard.signOutNow();
    }

    void onDemoTap(DemoDevices.DemoCard card) {
        demoDevices.ifPresent(devices -> holdDemoCard(() -> devices.tap(card)));
    }

    void onDemoTapTooBriefly() {
        demoDevices.ifPresent(devices -> holdDemoCard(devices::tapTooBriefly));
    }

    /** The staff card is put down and left there, as staff do while they work. */
    void onDemoStaffCard() {
        demoDevices.ifPresent(devices -> {
            model.demoCardOnReader.set(true);
            model.demoStaffCardOnReader.set(true);
            devices.insertStaffCard();
        });
    }

    void onDemoTakeCardAway() {
        demoDevices.ifPresent(devices -> {
            devices.takeCardAway();
            model.demoStaffCardOnReader.set(false);
            model.demoCardOnReader.set(false);
        });
    }

    private void say(String words) {
        speaker.ifPresent(engine -> engine.speak(new Utterance(words, text.language(), model.volume.get()))
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.warn("read-aloud failed: {}", failure.getMessage());
                    }
                }));
    }

    private void holdDemoCard(Runnable tap) {
        model.demoCardOnReader.set(true);
        tap.run();
        demoCardAway.playFromStart();
    }
}
