package org.huzhu.kiosk.ui.counter;

import java.util.Optional;
import javafx.scene.Parent;
import org.huzhu.kiosk.app.KioskContext;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.signin.SignInService;
import org.huzhu.kiosk.staff.StaffCard;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.ui.counter.kit.CounterPlace;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.shell.CounterShellController;
import org.huzhu.kiosk.ui.counter.welcome.WelcomeController;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.staff.PinController;

/**
 * Who is at a staff station (the counter, ADR 0013, or a hospital desk, issue 13), and so which screen shows: nobody
 * ("sign in with your staff card"), a staff card waiting for its PIN, or a signed-in staff member and the screens of
 * the station's work, which a subclass provides. The staff card stays in its reader for the whole session; the other
 * cards go to the screen shown. The session ends by "sign out", when the idle question goes unanswered, or the moment
 * the staff card leaves its reader; a card left in the reader can sign in again with its PIN. Sign-in outcomes
 * arrive from the card threads and are handed to the FX thread here. FX thread only.
 */
public abstract class StaffDeskFlow {

    protected final KioskContext station;
    protected final UiText text;
    protected final CounterShellController shell;
    private final SignInService signIn;
    private final CounterShellController.Frame frame;
    /** The staff card lying in a reader, from its tap until it leaves; null when none. */
    private StaffCard staffCard;

    protected StaffDeskFlow(KioskContext station, UiText text, CounterShellController.Frame frame) {
        this.station = station;
        this.signIn = station.signIn();
        this.text = text;
        this.frame = frame;
        this.shell = new CounterShellController(station, text, new CounterShellController.Actions() {
            @Override
            public void signOut() {
                endSession(Sentence.of("counter.welcome.signedOut.button"));
            }

            @Override
            public void go(CounterPlace place) {
                goTo(place);
            }
        }, frame);
    }

    /** The station's frame, for the window's scene. */
    public Parent root() {
        return shell.view().root();
    }

    /** Says "sign in with your staff card" and starts listening to the card readers. */
    public void start() {
        // Listen first: a reader reported between the count and the listening would otherwise be missed.
        signIn.onOutcome(outcome -> FxThread.run(() -> handle(outcome)));
        shell.setReaders(signIn.readerCount());
        showWelcome(Optional.empty());
    }

    /** The window closed: the session ends, and every screen stops its timers. */
    public void stop() {
        closeSession();
        shell.deactivate();
    }

    /** A staff member signed in with an open session: set up their work and show its first screen. */
    protected abstract void startSession(StaffSession session);

    /** Ends the signed-in staff member's work and closes their session (the card forgets its PIN); none: nothing. */
    protected abstract void closeSession();

    /** Whether a staff member is signed in now. */
    protected abstract boolean signedIn();

    /** A card that is not a staff card, tapped while a staff member is signed in. */
    protected abstract void otherCard(SignInOutcome outcome);

    /** The navigation's place {@code place} was chosen (a station without navigation never hears this). */
    protected void goTo(CounterPlace place) {
    }

    void handle(SignInOutcome outcome) {
        switch (outcome) {
            case SignInOutcome.ReaderAvailability availability ->
                    shell.setReaders(availability.available() ? signIn.readerCount() : 0);
            case SignInOutcome.StaffCardTapped tapped -> staffCardTapped(tapped.card());
            case SignInOutcome.StaffCardRemoved removed -> staffCardRemoved(removed.readerName());
            default -> residentCard(outcome);
        }
    }

    private void staffCardTapped(StaffCard card) {
        shell.setReaders(signIn.readerCount());
        if (staffCard != null) {
            return; // one staff member at a time: a second staff card changes nothing
        }
        staffCard = card;
        askForPin();
    }

    private void askForPin() {
        shell.show(new PinController(text, signIn.staffSignIn(), staffCard, this::staffSignedIn,
                () -> showWelcome(Optional.empty())));
        shell.watchForIdle(() -> showWelcome(Optional.of(Sentence.of("counter.welcome.signedOut.idle"))));
    }

    private void staffSignedIn(StaffSession session) {
        if (!session.isOpen()) {
            // The card left just as it accepted the PIN; its removal is on its way here too.
            session.close();
            return;
        }
        shell.signedIn(session);
        startSession(session);
        shell.watchForIdle(() -> endSession(Sentence.of("counter.welcome.signedOut.idle")));
    }

    private void staffCardRemoved(String readerName) {
        shell.setReaders(signIn.readerCount());
        if (staffCard == null || !staffCard.readerName().equals(readerName)) {
            return;
        }
        boolean wasSignedIn = signedIn();
        staffCard = null;
        endSession(Sentence.of(wasSignedIn ? "counter.welcome.signedOut.removed" : "counter.welcome.pinCardRemoved"));
    }

    /** Another card: for the screen that works with it; before sign-in, a reminder to sign in first. */
    private void residentCard(SignInOutcome outcome) {
        if (signedIn()) {
            otherCard(outcome);
        } else if (shell.current() instanceof WelcomeController welcome
                && (outcome instanceof SignInOutcome.SignedIn || outcome instanceof SignInOutcome.NotRegistered)) {
            welcome.tell(Sentence.of(frame.cardFirstKey()));
        }
    }

    /** Ends the staff member's session (sign-out, idle, card taken out): the card forgets its PIN. */
    private void endSession(Sentence why) {
        closeSession();
        shell.signedOut();
        text.setLanguage(station.config().language());
        showWelcome(Optional.of(why));
    }

    private void showWelcome(Optional<Sentence> notice) {
        shell.signedOut();
        Optional<Runnable> again = staffCard == null ? Optional.empty() : Optional.of(this::askForPin);
        shell.show(new WelcomeController(text, frame.welcomeKey(), notice, again));
    }
}
