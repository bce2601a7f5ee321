package org.huzhu.kiosk.ui.hospital;

import java.util.List;
import org.huzhu.kiosk.app.DemoDevices.DemoCard;
import org.huzhu.kiosk.app.HospitalContext;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.ui.counter.StaffDeskFlow;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.counter.kit.TakesResidentCards;
import org.huzhu.kiosk.ui.counter.shell.CounterShellController;
import org.huzhu.kiosk.ui.demo.TrayCard;
import org.huzhu.kiosk.ui.hospital.kit.HospitalNavigator;
import org.huzhu.kiosk.ui.hospital.kit.HospitalSession;
import org.huzhu.kiosk.ui.hospital.order.OrderController;
import org.huzhu.kiosk.ui.hospital.patient.PatientController;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.aid.OpenAidOrder;
import org.huzhu.protocol.aid.PatientAtDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hospital reception desk (issue 13): the staff station's sign-in ({@link StaffDeskFlow}), then one task — the
 * patient taps their card, the receptionist chooses their aid order and enters the hospital's order. At sign-in the
 * desk asks the server who signed: a card of another role or another hospital gets the banner, and the server refuses
 * whatever it asks or records. No navigation: the patient screen is the desk's home. FX thread only.
 */
public final class HospitalFlow extends StaffDeskFlow {

    private static final Logger LOG = LoggerFactory.getLogger(HospitalFlow.class);

    /** The demo hospital desk's cards: 王秀英 holds an approved aid order here, 李建国 none. */
    private static final List<TrayCard> HOSPITAL_TRAY = List.of(
            new TrayCard(DemoCard.WANG_XIUYING, "wang", "demo.card.wang"),
            new TrayCard(DemoCard.LI_JIANGUO, "li", "demo.card.li"),
            new TrayCard(DemoCard.FOREIGN, "foreign", "demo.card.foreign"));
    private static final CounterShellController.Frame FRAME = new CounterShellController.Frame(List.of(),
            HOSPITAL_TRAY, "hospital.demo.staff", "hospital.staffRefused", "hospital.welcome.body",
            "hospital.welcome.patientFirst");

    private final HospitalContext context;
    /** The signed-in receptionist's session; null when nobody is signed in. */
    private HospitalSession session;

    public HospitalFlow(HospitalContext context, UiText text) {
        super(context.station(), text, FRAME);
        this.context = context;
    }

    @Override
    protected void startSession(StaffSession staff) {
        session = new HospitalSession(staff, context.orders(), context.server(), context.station().sync(), text,
                context.station().clock().getZone(), new Navigation());
        askTheServerAbout(session);
        session.navigator().patient();
    }

    @Override
    protected void closeSession() {
        if (session != null) {
            session.staff().close();
            session = null;
        }
    }

    @Override
    protected boolean signedIn() {
        return session != null;
    }

    @Override
    protected void otherCard(SignInOutcome outcome) {
        if (shell.current() instanceof TakesResidentCards screen) {
            screen.onResidentCard(outcome);
        }
    }

    /**
     * A card the server refuses here (another role, another hospital, suspended) is said to be so at once; a card it
     * accepts tells the desk its hospital's name, for the top bar.
     */
    private void askTheServerAbout(HospitalSession asked) {
        if (asked.server().isEmpty()) {
            return;
        }
        Background.run(asked::deskStaff, desk -> {
            if (!desk.hospitalName().isEmpty()) {
                shell.setPlaceName(desk.hospitalName()); // the desk's hospital, as the server registered it
            }
        }, failure -> {
            if (session == asked && ServerProblem.refusesTheStaffMember(failure)) {
                LOG.warn("The server does not accept the staff card signed in at this hospital desk: {}",
                        failure.getMessage());
                shell.staffRefused();
            }
        });
    }

    /** The way between one receptionist's screens; once their session has ended it goes nowhere. */
    private final class Navigation implements HospitalNavigator {

        @Override
        public void patient() {
            if (current()) {
                shell.show(new PatientController(session));
            }
        }

        @Override
        public void order(PatientAtDesk patient, OpenAidOrder order) {
            if (current()) {
                shell.show(new OrderController(session, patient, order));
            }
        }

        private boolean current() {
            return session != null && session.navigator() == this;
        }
    }
}
