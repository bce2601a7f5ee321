package org.huzhu.kiosk.ui.counter;

import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.app.CounterContext;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.face.FaceCapture;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.ui.counter.book.BookForController;
import org.huzhu.kiosk.ui.counter.card.ReplaceCardController;
import org.huzhu.kiosk.ui.counter.aid.ApplyForAidController;
import org.huzhu.kiosk.ui.counter.close.CloseAccountController;
import org.huzhu.kiosk.ui.counter.code.SignInCodeController;
import org.huzhu.kiosk.ui.counter.enrol.EnrolController;
import org.huzhu.kiosk.ui.counter.face.FaceSignInController;
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
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counter's staff station (ADR 0013): once a staff member is signed in ({@link StaffDeskFlow}), the counter's
 * screens, composed here, with its navigation; residents' cards, tapped on the other reader, go to the screen shown.
 * FX thread only.
 */
public final class CounterFlow extends StaffDeskFlow {

    private static final Logger LOG = LoggerFactory.getLogger(CounterFlow.class);

    private final CounterContext context;
    /** The signed-in staff member's session and what their screens work with; null when nobody is signed in. */
    private DeskSession desk;

    public CounterFlow(CounterContext context, UiText text) {
        super(context.station(), text, CounterShellController.COUNTER);
        this.context = context;
    }

    @Override
    protected void startSession(StaffSession session) {
        desk = new DeskSession(session, context.desk(), context.server(), text, context.station().clock().getZone(),
                new Navigation());
        askTheServerAbout(desk);
        desk.navigator().residents();
    }

    @Override
    protected void closeSession() {
        if (desk != null) {
            desk.staff().close();
            desk = null;
        }
    }

    @Override
    protected boolean signedIn() {
        return desk != null;
    }

    @Override
    protected void goTo(CounterPlace place) {
        if (desk != null) {
            desk.navigator().go(place);
        }
    }

    @Override
    protected void otherCard(SignInOutcome outcome) {
        if (shell.current() instanceof TakesResidentCards screen) {
            screen.onResidentCard(outcome);
        }
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
        public void faceSignIn(ResidentFile file) {
            if (current()) {
                shell.show(CounterPlace.RESIDENTS, new FaceSignInController(desk, file, new FaceCapture(
                        context.camera(), FaceCapture.FRAMES_WANTED, FaceCapture.GIVE_UP_AFTER)));
            }
        }

        @Override
        public void signInCodes(ResidentFile file) {
            if (current()) {
                shell.show(CounterPlace.RESIDENTS, new SignInCodeController(desk, file, context.exports(),
                        context.station().config().centreName(), context.station().clock()));
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
