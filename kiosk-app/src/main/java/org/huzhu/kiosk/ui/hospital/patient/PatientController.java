package org.huzhu.kiosk.ui.hospital.patient;

import java.util.Optional;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.counter.kit.TakesResidentCards;
import org.huzhu.kiosk.ui.hospital.kit.DeskProblem;
import org.huzhu.kiosk.ui.hospital.kit.HospitalSession;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.aid.OpenAidOrder;
import org.huzhu.protocol.aid.PatientAtDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Ask the patient to tap their social-security card": the card's pseudonym goes to the server (signed by the desk and
 * on the receptionist's card), which answers with the patient's name and their open aid orders at this hospital; the
 * receptionist chooses the order the treatment is for. Another tap starts over with the next patient.
 */
public final class PatientController implements Controller, TakesResidentCards {

    private static final Logger LOG = LoggerFactory.getLogger(PatientController.class);

    private final PatientModel model = new PatientModel();
    private final PatientView view;
    private final HospitalSession session;

    public PatientController(HospitalSession session) {
        this.session = session;
        this.view = new PatientView(model, session.text(), session.zone(), this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void onResidentCard(SignInOutcome outcome) {
        if (model.working.get()) {
            return;
        }
        switch (outcome) {
            case SignInOutcome.Reading reading -> model.problem.set(Optional.empty());
            case SignInOutcome.SignedIn tapped when tapped.holder().isPresent() -> lookUp(tapped.holder().get());
            case SignInOutcome.NotRegistered tapped when tapped.holder().isPresent() -> lookUp(tapped.holder().get());
            case SignInOutcome.SignedIn tag -> problem(Sentence.of("hospital.patient.notSocialSecurity"));
            case SignInOutcome.NotRegistered tag -> problem(Sentence.of("hospital.patient.notSocialSecurity"));
            default -> Sentence.cardProblem(outcome).ifPresent(this::problem);
        }
    }

    void onOrder(PatientAtDesk patient, OpenAidOrder order) {
        session.navigator().order(patient, order);
    }

    void onNextPatient() {
        model.patient.set(Optional.empty());
        model.problem.set(Optional.empty());
    }

    /** Asks the server who holds the card and what aid they have here; the receptionist's card signs the question. */
    private void lookUp(CardHolder card) {
        model.patient.set(Optional.empty());
        model.problem.set(Optional.empty());
        if (session.server().isEmpty()) {
            problem(ServerProblem.notEnrolled());
            return;
        }
        Background.recordOnce(model.working, () -> {
            session.deskStaff(); // the hospital the orders are checked against, known before they are shown
            return session.server().orElseThrow().patientAtDesk(session.staff(), card.cardKey());
        }, found -> model.patient.set(Optional.of(found)), failure -> {
            LOG.warn("The patient's aid could not be looked up: {}", failure.getMessage());
            problem(DeskProblem.of(failure, session.staff().isOpen()));
        });
    }

    private void problem(Sentence why) {
        model.problem.set(Optional.of(why));
    }
}
