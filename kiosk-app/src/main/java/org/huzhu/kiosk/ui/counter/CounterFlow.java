package org.huzhu.kiosk.ui.counter;

import java.util.Optional;
import java.util.UUID;
import javafx.scene.Parent;
import org.huzhu.kiosk.app.CounterContext;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.signin.SignInService;
import org.huzhu.kiosk.staff.StaffCard;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.ui.counter.book.BookForController;
import org.huzhu.kiosk.ui.counter.card.ReplaceCardController;
import org.huzhu.kiosk.ui.counter.aid.ApplyForAidController;
import org.huzhu.kiosk.ui.counter.close.CloseAccountController;
import org.huzhu.kiosk.ui.counter.enrol.EnrolController;
import org.huzhu.kiosk.ui.counter.family.FamilyLinkController;
import org.huzhu.kiosk.ui.counter.family.FamilyRightsController;
import org.huzhu.kiosk.ui.counter.kit.CounterPlace;
import org.huzhu.kiosk.ui.counter.notices.NoticesController;
import org.huzhu.kiosk.ui.counter.kit.DeskNavigator;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.counter.kit.TakesResidentCards;
import org.huzhu.kiosk.ui.counter.reports.ReportsController;
import org.huzhu.kiosk.ui.counter.residents.ResidentsController;
import org.huzhu.kiosk.ui.counter.shell.CounterShellController;
import org.huzhu.kiosk.ui.counter.statement.StatementController;
import org.huzhu.kiosk.ui.counter.sync.SyncController;
import org.huzhu.kiosk.ui.counter.volunteers.VolunteersController;
import org.huzhu.kiosk.ui.counter.welcome.WelcomeController;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.kiosk.ui.staff.PinController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is at the counter, and so which screen shows (ADR 0013): nobody ("sign in with your staff card"), a staff card
 * waiting for its PIN, or a signed-in staff member and the screens they work in. The staff card stays in its reader
 * for the whole session; residents' cards, tapped on the other reader, go to the screen shown. The session ends by
 * "sign out", when the idle question goes unanswered, or the moment the staff card leaves its reader; a card left in
 * the reader can sign in again with its PIN. Sign-in outcomes arrive from the card threads and are handed to the FX
 * thread here. FX thread only.
 */
public final class CounterFlow {

    private static final Logger LOG = LoggerFactory.getLogger(CounterFlow.class);

    private final CounterContext context;
    private final SignInService signIn;
    private final UiText text;
    private final CounterShellController shell;
    /** The staff card lying in a reader, from its tap until it leaves; null when none. */
    private StaffCard staffCard;
    /** The signed-in staff member's session and what their screens work with; null when nobody is signed in. */
    private DeskSession desk;

    public CounterFlow(CounterContext context, UiText text) {
        this.context = context;
        this.signIn = context.station().signIn();
        this.text = text;
        this.shell = new CounterShellController(context.station(), text, new CounterShellController.Actions() {
            @Override
            public void signOut() {
                endSession(Sentence.of("counter.welcome.signedOut.button"));
            }

            @Override
            public void go(CounterPlace place) {
                if (desk != null) {
                    desk.navigator().go(place);
                }
            }
        });
    }

    /** The counter's frame, for the window's scene. */
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
        if (desk != null) {
            desk.staff().close();
            desk = null;
        }
        shell.deactivate();
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
        desk = new DeskSession(session, context.desk(), context.server(), text, context.station().clock().getZone(),
                new Navigation());
        shell.signedIn(session);
        askTheServerAbout(desk);
        desk.navigator().residents();
        shell.watchForIdle(() -> endSession(Sentence.of("counter.welcome.signedOut.idle")));
    }

    /**
     * Asks the server whether it accepts the card just signed in, so a card it would refuse (a hospital desk's, a
     * suspended one) is said to be so before anything is recorded with it. Offline, nothing is known and nothing said.
     */
    private void askTheServerAbout(DeskSession session) {
        session.server().ifPresent(server -> Background.run(() -> server.staff(session.staff()), staff -> {
        }, failure -> {
            if (desk == session && ServerProblem.refusesTheStaffMember(failure)) {
                LOG.warn("The server does not accept the staff card signed in at this counter: {}",
                        failure.getMessage());
                shell.staffRefused();
            }
        }));
    }

    private void staffCardRemoved(String readerName) {
        shell.setReaders(signIn.readerCount());
        if (staffCard == null || !staffCard.readerName().equals(readerName)) {
            return;
        }
        boolean wasSignedIn = desk != null;
        staffCard = null;
        endSession(Sentence.of(wasSignedIn ? "counter.welcome.signedOut.removed" : "counter.welcome.pinCardRemoved"));
    }

    /** A resident's card: for the screen that works with it; before sign-in, a reminder to sign in first. */
    private void residentCard(SignInOutcome outcome) {
        if (desk != null && shell.current() instanceof TakesResidentCards screen) {
            screen.onResidentCard(outcome);
        } else if (desk == null && shell.current() instanceof WelcomeController welcome
                && (outcome instanceof SignInOutcome.SignedIn || outcome instanceof SignInOutcome.NotRegistered)) {
            welcome.tell(Sentence.of("counter.welcome.residentFirst"));
        }
    }

    /** Ends the staff member's session (sign-out, idle, card taken out): the card forgets its PIN. */
    private void endSession(Sentence why) {
        if (desk != null) {
            desk.staff().close();
            desk = null;
        }
        shell.signedOut();
        text.setLanguage(context.station().config().language());
        showWelcome(Optional.of(why));
    }

    private void showWelcome(Optional<Sentence> notice) {
        shell.signedOut();
        Optional<Runnable> again = staffCard == null ? Optional.empty() : Optional.of(this::askForPin);
        shell.show(new WelcomeController(text, notice, again));
    }

    /**
     * The way between one signed-in staff member's screens. Once their session has ended it goes nowhere, so a late
     * answer (a link recorded as the card was taken out) cannot bring a screen back.
     */
    private final class Navigation implements DeskNavigator {

        @Override
        public void go(CounterPlace place) {
            if (current()) {
                shell.show(place, switch (place) {
                    case RESIDENTS -> new ResidentsController(desk, Optional.empty(), Optional.empty());
                    case NOTICES -> new NoticesController(desk);
                    case REPORTS -> new ReportsController(desk, context.exports(),
                            context.station().config().centreName(), context.station().clock());
                    case SYNC -> new SyncController(desk, context.station().sync());
                    case VOLUNTEERS -> new VolunteersController(desk);
                });
            }
        }

        @Override
        public void resident(UUID residentId, Optional<Sentence> notice) {
            if (current()) {
                shell.show(CounterPlace.RESIDENTS, new ResidentsController(desk, Optional.of(residentId), notice));
            }
        }

        @Override
        public void enrol(Optional<CardHolder> alreadyRead) {
            if (current()) {
                shell.show(CounterPlace.RESIDENTS, new EnrolController(desk, alreadyRead));
            }
        }

        @Override
        public void linkFamily(ResidentFile file) {
            if (current()) {
                shell.show(CounterPlace.RESIDENTS, new FamilyLinkController(desk, file));
            }
        }

        @Override
        public void familyRights(ResidentFile file) {
            if (current()) {
                shell.show(CounterPlace.RESIDENTS, new FamilyRightsController(desk, file));
            }
        }

        @Override
        public void replaceCard(ResidentFile file) {
            if (current()) {
                shell.show(CounterPlace.RESIDENTS, new ReplaceCardController(desk, file));
            }
        }

        @Override
        public void bookFor(ResidentFile file) {
            if (current()) {
                shell.show(CounterPlace.RESIDENTS, new BookForController(desk, file));
            }
        }

        @Override
        public void closeAccount(ResidentFile file) {
            if (current()) {
                shell.show(CounterPlace.RESIDENTS, new CloseAccountController(desk, file));
            }
        }

        @Override
        public void applyForAid(ResidentFile file) {
            if (current()) {
                shell.show(CounterPlace.RESIDENTS, new ApplyForAidController(desk, file));
            }
        }

        @Override
        public void statement(UUID residentId) {
            if (current()) {
                shell.show(CounterPlace.RESIDENTS, new StatementController(desk, residentId,
                        context.station().config().centreName()));
            }
        }

        private boolean current() {
            return desk != null && desk.navigator() == this;
        }
    }
}
