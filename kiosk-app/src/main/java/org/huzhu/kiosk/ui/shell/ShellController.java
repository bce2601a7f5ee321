package org.huzhu.kiosk.ui.shell;

import java.util.List;
import java.util.Optional;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.app.KioskContext;
import org.huzhu.kiosk.speech.Speaker;
import org.huzhu.kiosk.speech.Utterance;
import org.huzhu.kiosk.speech.Volume;
import org.huzhu.kiosk.ui.demo.DemoPaperController;
import org.huzhu.kiosk.ui.demo.DemoTrayController;
import org.huzhu.kiosk.ui.demo.TrayCard;
import org.huzhu.kiosk.ui.idle.IdleQuestionController;
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

    private static final Logger LOG = LoggerFactory.getLogger(ShellController.class);

    private final ShellModel model = new ShellModel();
    private final ShellView view;
    private final UiText text;
    private final Optional<DemoTrayController> demoTray;
    /** The demo printer's receipts, on screen (the demo kiosk with no printer of its own). */
    private final Optional<DemoPaperController> demoPaper;
    private final Optional<Speaker> speaker;
    private final IdleQuestionController idle;
    private Controller current;

    /** @param speaker the text-to-speech engine, or empty when none is installed (the read-aloud button is hidden) */
    public ShellController(KioskContext context, UiText text, Optional<Speaker> speaker) {
        this.text = text;
        this.demoTray = context.demoDevices().map(devices -> new DemoTrayController(text, devices, KIOSK_TRAY,
                "demo.card.takeAway"));
        this.speaker = speaker;
        this.idle = new IdleQuestionController(text, context.config().idlePromptAfter(),
                context.config().idleCountdown());
        this.demoPaper = context.demoDevices().filter(devices -> devices.startedPrinter().isPresent())
                .map(devices -> new DemoPaperController(text, devices, context.printer().paperDots()));
        this.view = new ShellView(model, text, this, idle.view().root(), idle.shownProperty(),
                demoTray.map(tray -> tray.view().root()), demoPaper.map(paper -> paper.view().root()));
        model.centreName.set(context.config().centreName());
        model.demo.set(context.demo());
        model.speechAvailable.set(speaker.isPresent());
    }

    /** The kiosk's demo cards: the two demo residents, a card nobody registered, and one the kiosk cannot read. */
    private static final List<TrayCard> KIOSK_TRAY = List.of(
            new TrayCard(DemoCard.WANG_XIUYING, "wang", "demo.card.wang"),
            new TrayCard(DemoCard.LI_JIANGUO, "li", "demo.card.li"),
            new TrayCard(DemoCard.UNREGISTERED, "unregistered", "demo.card.unregistered"),
            new TrayCard(DemoCard.FOREIGN, "foreign", "demo.card.foreign"));

    @Override
    public View<?> view() {
        return view;
    }

    /** Replaces the current screen; the old one stops its timers, and its reading aloud, before the new one starts. */
    public void show(Controller screen) {
        speaker.ifPresent(Speaker::stop);
        Controller shown = current;
        current = screen;
        Controller.replace(shown, screen, model.screen);
        // The resident who moves on has taken the receipt: it never lies over the next screen's buttons.
        demoPaper.ifPresent(DemoPaperController::onTake);
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

    /** Dims the whole frame (the dark palette, still 7:1) while the kiosk is closed, or brings it back. */
    public void setDimmed(boolean dimmed) {
        model.dimmed.set(dimmed);
    }

    /**
     * From now on, after the configured idle time ask "Do you need more time?" over whatever screen is shown, and run
     * {@code signOut} if nobody answers within the configured countdown (or "sign out" is pressed).
     */
    public void watchForIdle(Runnable signOut) {
        idle.watch(view.root().getScene(), signOut);
    }

    /**
     * The resident has gone: stop watching for idleness, take away the idle question, stop reading aloud, and put the
     * volume and the text size back to their defaults for the next person.
     */
    public void endSession() {
        idle.stop();
        speaker.ifPresent(Speaker::stop);
        model.volume.set(Volume.DEFAULT);
        model.largeText.set(false);
    }

    @Override
    public void deactivate() {
        if (current != null) {
            current.deactivate();
        }
        idle.stop();
        speaker.ifPresent(Speaker::stop);
        demoTray.ifPresent(DemoTrayController::deactivate);
    }

    void onLanguageToggle() {
        text.setLanguage(text.language().next());
    }

    void onReadAloud() {
        View<?> shown = idle.isShown() ? idle.view() : current.view();
        say(shown.readAloudText());
    }

    /** Says {@code words} aloud at the current volume, unprompted (the camera screen's prompts); nothing without a voice. */
    public void announce(String words) {
        say(words);
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

    private void say(String words) {
        speaker.ifPresent(engine -> engine.speak(new Utterance(words, text.language(), model.volume.get()))
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.warn("read-aloud failed: {}", failure.getMessage());
                    }
                }));
    }
}
