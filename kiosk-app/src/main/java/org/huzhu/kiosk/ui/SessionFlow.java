package org.huzhu.kiosk.ui;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.huzhu.kiosk.app.KioskContext;
import org.huzhu.kiosk.health.HealthReport;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.signin.CodeSignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.staff.StaffCard;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.ui.attract.AttractController;
import org.huzhu.kiosk.ui.camera.CameraController;
import org.huzhu.kiosk.ui.home.HomeController;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.message.MessageController;
import org.huzhu.kiosk.ui.message.MessageKind;
import org.huzhu.kiosk.ui.rate.RateController;
import org.huzhu.kiosk.ui.resting.RestingController;
import org.huzhu.kiosk.ui.resting.RestingReason;
import org.huzhu.kiosk.ui.session.Navigator;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.shell.ShellController;
import org.huzhu.kiosk.ui.staff.KioskHealthController;
import org.huzhu.kiosk.ui.staff.PinController;
import org.huzhu.kiosk.ui.staff.StaffHomeController;
import org.huzhu.protocol.Actor;

/**
 * Who is at the kiosk, and so which screen shows: nobody (attract, or the camera screen someone opened from it), a
 * message after a tap, a signed-in resident, or a staff member (their PIN screen, then the staff screen). Sign-in outcomes arrive from the card threads and are handed
 * to the FX thread here. While someone is at the kiosk, further taps are ignored; a session ends by "sign out", or when
 * the shell's idle question goes unanswered, and a staff member's also the moment their card leaves the reader.
 * While nobody is at the kiosk and it cannot serve safely (the health model says out of order) or the centre is
 * closed, the resting screen takes the attract screen's place and residents' cards are not read; it goes by itself
 * when the cause does. A session under way is never interrupted by health or closing time: the resting screen waits
 * until it ends. Staff cards are always taken (staff look after a resting kiosk). FX thread only.
 */
final class SessionFlow {

    private final KioskContext context;
    private final ShellController shell;
    private final UiText text;
    private final AttractController attract;
    private Resident signedIn;
    private ResidentSession session;
    /** The staff card whose holder is at the kiosk, from its tap until they sign out; null when none. */
    private StaffCard staffCard;
    /** Its session once the PIN was right. */
    private StaffSession staffSession;
    /** Ends a session signed in by a resident code when the code expires; null otherwise. */
    private PauseTransition codeExpiry;
    /** The latest health report; null until the first arrives (then nothing is known to be wrong). */
    private HealthReport health;
    private final RestingController resting;

    SessionFlow(KioskContext context, ShellController shell, UiText text) {
        this.context = context;
        this.shell = shell;
        this.text = text;
        this.attract = new AttractController(text, context.clock(), context.camera().available()
                ? Optional.of(this::openCamera) : Optional.empty());
        this.resting = new RestingController(text, context.config().serving().centrePhone());
    }

    /** Shows the attract screen and starts listening to the card readers. */
    void start() {
        // Listen first: a reader reported attached between the check and the listening would be lost, and the
        // "no reader" banner would stay up on a working kiosk. Events queue behind this on the FX thread.
        context.signIn().onOutcome(outcome -> FxThread.run(() -> handle(outcome)));
        shell.setReaderAvailable(context.signIn().anyReaderAvailable());
        context.health().addListener(report -> FxThread.run(() -> healthReported(report)));
        context.health().latest().ifPresent(report -> health = report);
        showAttract();
    }

    /** A health round ended (every few seconds): also when opening hours are looked at again. */
    void healthReported(HealthReport report) {
        health = report;
        if (signedIn != null || staffCard != null) {
            return; // the session goes on; the resting screen, if any, comes when it ends
        }
        if (restingReason().isPresent() || shell.current() == resting) {
            showAttract();
        }
    }

    /** Why the kiosk should rest now, if it should: closed first (it explains itself without a fault). */
    private Optional<RestingReason> restingReason() {
        ZonedDateTime now = context.clock().instant().atZone(context.clock().getZone());
        if (!context.config().serving().openingHours().isOpen(now)) {
            return Optional.of(RestingReason.CLOSED);
        }
        if (health != null && health.outOfOrder().isPresent()) {
            return Optional.of(RestingReason.OUT_OF_ORDER);
        }
        return Optional.empty();
    }

    void handle(SignInOutcome outcome) {
        if (outcome instanceof SignInOutcome.ReaderAvailability availability) {
            shell.setReaderAvailable(availability.available());
            context.health().checkSoon(); // the reader check answers within moments, not at the next round
            return;
        }
        if (outcome instanceof SignInOutcome.StaffCardRemoved removed) {
            staffCardRemoved(removed.readerName());
            return;
        }
        if (outcome instanceof SignInOutcome.SignedIn in && signedIn != null
                && in.resident().id().equals(signedIn.id())) {
            // Their own card, after a face or code sign-in: what they confirm from now on is the card's (§8.1).
            session.cardConfirmed(in.actor());
            return;
        }
        if (signedIn != null || staffCard != null) {
            return; // a session is under way: a second card does not take it over
        }
        if (shell.current() == resting && !(outcome instanceof SignInOutcome.StaffCardTapped)) {
            return; // the screen already says where to go instead
        }
        switch (outcome) {
            case SignInOutcome.Reading reading -> {
                if (shell.current() instanceof CameraController) {
                    showAttract(); // the card wins: the camera turns off while it is read
                }
                if (shell.current() == attract) {
                    attract.showReading(true);
                }
            }
            case SignInOutcome.SignedIn in -> signIn(in.resident(), in.actor());
            case SignInOutcome.NotRegistered none -> showMessage(MessageKind.NOT_REGISTERED);
            case SignInOutcome.TapAgain again -> showMessage(MessageKind.TAP_AGAIN);
            case SignInOutcome.Unsupported unsupported -> showMessage(MessageKind.UNSUPPORTED);
            case SignInOutcome.CardReplaced replaced -> showMessage(MessageKind.CARD_REPLACED);
            case SignInOutcome.AccountClosed closed -> showMessage(MessageKind.ACCOUNT_CLOSED);
            case SignInOutcome.StaffCardTapped tapped -> askForPin(tapped.card());
            case SignInOutcome.SystemProblem problem -> showMessage(MessageKind.SYSTEM_PROBLEM);
            case SignInOutcome.ReaderAvailability availability -> throw new IllegalStateException("handled above");
            case SignInOutcome.StaffCardRemoved removed -> throw new IllegalStateException("handled above");
        }
    }

    /** The camera screen (issue 14), from the attract screen: it hands what it saw back here. */
    private void openCamera() {
        if (signedIn != null || staffCard != null || shell.current() == resting) {
            return;
        }
        shell.show(new CameraController(text, context.camera(), new CameraController.Exits() {
            @Override
            public void faceSignIn(SignInOutcome outcome) {
                handle(outcome);
            }

            @Override
            public void codeSignIn(CodeSignInOutcome outcome) {
                if (signedIn != null || staffCard != null) {
                    return; // a card was tapped meanwhile
                }
                switch (outcome) {
                    case CodeSignInOutcome.SignedIn in -> {
                        signIn(in.resident(), in.actor());
                        endWhenTheCodeExpires(in.expiresAt());
                    }
                    case CodeSignInOutcome.Refused refused -> shell.show(new MessageController("message.codeRefused"
                            + ".title", refused.reason().messageKey(), text, SessionFlow.this::showAttract));
                }
            }

            @Override
            public void tapCardInstead() {
                showMessage(MessageKind.TAP_CARD_INSTEAD);
            }

            @Override
            public void noCamera() {
                showMessage(MessageKind.NO_CAMERA);
            }

            @Override
            public void back() {
                showAttract();
            }
        }, shell::announce));
    }

    /**
     * A session signed in by a resident code ends when the code does: what it signed after that, the server would
     * refuse (docs/protocol.md §13.4), and a booking would be lost at sync.
     */
    private void endWhenTheCodeExpires(Instant expiresAt) {
        if (expiresAt.equals(Instant.MAX)) {
            return;
        }
        long millis = Math.max(0, java.time.Duration.between(context.clock().instant(), expiresAt).toMillis());
        codeExpiry = new PauseTransition(Duration.millis(millis));
        codeExpiry.setOnFinished(event -> signOut());
        codeExpiry.play();
    }

    private void signIn(Resident resident, Actor actor) {
        signedIn = resident;
        text.setLanguage(resident.language());
        session = new ResidentSession(resident, actor, context.community(), text, context.clock(),
                context.clock().getZone(), new Navigation(), context.printer());
        RateController.askOrGoHome(session); // issue 12 part 7: "how was it?" once, after a service took place
        shell.watchForIdle(this::signOut);
    }

    private void askForPin(StaffCard card) {
        staffCard = card;
        shell.show(new PinController(text, context.signIn().staffSignIn(), card, this::staffSignedIn, this::staffOut));
        shell.watchForIdle(this::staffOut);
    }

    private void staffSignedIn(StaffSession opened) {
        if (!opened.isOpen()) {
            // The card left just as it accepted the PIN; its removal is on its way here too.
            opened.close();
            staffCardRemoved(opened.readerName());
            return;
        }
        staffSession = opened;
        showMaintenance(opened);
        shell.watchForIdle(this::staffOut);
    }

    /** The staff screen on a kiosk is its maintenance screen (ADR 0020), with the health page behind it. */
    private void showMaintenance(StaffSession opened) {
        shell.show(new StaffHomeController(text, opened, this::staffOut, context.maintenance(),
                context.config().kioskMode(), KioskApplication::closeAll,
                () -> shell.show(new KioskHealthController(text, context.health(), () -> showMaintenance(opened)))));
    }

    /** The staff card left its reader: a signed-in staff member is signed out at once; on the PIN screen, say why. */
    private void staffCardRemoved(String readerName) {
        if (staffCard == null || !staffCard.readerName().equals(readerName)) {
            return;
        }
        boolean wasSignedIn = staffSession != null;
        staffOut();
        if (!wasSignedIn) {
            showMessage(MessageKind.STAFF_CARD_REMOVED);
        }
    }

    /** Ends the staff member's visit (sign-out, cancel, idle, card taken away): the card forgets its PIN. */
    private void staffOut() {
        if (staffSession != null) {
            staffSession.close();
        }
        staffSession = null;
        staffCard = null;
        shell.endSession();
        text.setLanguage(context.config().language());
        showAttract();
    }

    /** The way between a signed-in resident's screens: a stack whose bottom is always home. */
    private final class Navigation implements Navigator {

        private final Deque<Controller> previous = new ArrayDeque<>();

        @Override
        public void open(Controller screen) {
            previous.push(shell.current());
            shell.show(screen);
        }

        @Override
        public void finish(Controller screen) {
            previous.clear();
            shell.show(screen);
        }

        @Override
        public void back() {
            if (previous.isEmpty()) {
                home();
            } else {
                // Shown afresh, so it reloads what may have changed (a booking just cancelled, a new balance).
                shell.show(previous.pop());
            }
        }

        @Override
        public void home() {
            previous.clear();
            shell.show(new HomeController(session));
        }

        @Override
        public void signOut() {
            previous.clear();
            SessionFlow.this.signOut();
        }
    }

    private void signOut() {
        if (codeExpiry != null) {
            codeExpiry.stop();
            codeExpiry = null;
        }
        signedIn = null;
        session = null;
        shell.endSession();
        text.setLanguage(context.config().language());
        showAttract();
    }

    private void showMessage(MessageKind kind) {
        shell.show(new MessageController(kind, text, this::showAttract));
    }

    /** The attract screen, or the resting screen in its place while the kiosk rests. */
    private void showAttract() {
        Optional<RestingReason> rest = restingReason();
        shell.setDimmed(rest.equals(Optional.of(RestingReason.CLOSED)));
        if (rest.isPresent()) {
            if (rest.get() == RestingReason.CLOSED) {
                ZonedDateTime now = context.clock().instant().atZone(context.clock().getZone());
                resting.showClosed(now, context.config().serving().openingHours().nextOpening(now));
            } else {
                resting.showOutOfOrder();
            }
            if (shell.current() != resting) {
                shell.show(resting);
            }
            return;
        }
        if (shell.current() != attract) {
            shell.show(attract);
        }
        attract.showReading(false);
    }
}
