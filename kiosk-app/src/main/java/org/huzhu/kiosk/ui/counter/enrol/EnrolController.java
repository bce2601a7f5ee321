package org.huzhu.kiosk.ui.counter.enrol;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import org.huzhu.kiosk.desk.Consent;
import org.huzhu.kiosk.desk.Contact;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.TakesResidentCards;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrols a resident: their social-security card is read (a card already enrolled is refused here, before anything is
 * signed), staff set the preferred language, the phone and emergency contact if the resident gives them, and tick the
 * resident's consent, the resident taps the same card again
 * to confirm (another card is refused), and the enrolment is signed on the staff card and recorded off the FX thread.
 * A staff card that does not sign records nothing, and the screen says so.
 */
public final class EnrolController implements Controller, TakesResidentCards {

    private static final Logger LOG = LoggerFactory.getLogger(EnrolController.class);

    private final EnrolModel model = new EnrolModel();
    private final EnrolView view;
    private final DeskSession session;

    /** @param alreadyRead the card, when it was tapped on the residents screen: the enrolment starts at its details */
    public EnrolController(DeskSession session, Optional<CardHolder> alreadyRead) {
        this.session = session;
        this.view = new EnrolView(model, session.text(), this);
        model.language.set(session.text().language());
        // What the problem line said about the contact is out of date as soon as staff correct it.
        for (StringProperty field : List.of(model.phone, model.emergencyName, model.emergencyPhone)) {
            field.addListener((observable, before, after) -> {
                if (model.step.get() == EnrolStep.DETAILS) {
                    model.problem.set(Optional.empty());
                }
            });
        }
        alreadyRead.ifPresent(this::cardRead);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void onResidentCard(SignInOutcome outcome) {
        switch (model.step.get()) {
            case READ_CARD -> firstTap(outcome);
            case CONFIRM_TAP -> confirmingTap(outcome);
            default -> { } // the card was read, or the enrolment is under way or over: a tap changes nothing
        }
    }

    private void firstTap(SignInOutcome outcome) {
        model.alreadyEnrolled.set(Optional.empty());
        switch (outcome) {
            case SignInOutcome.Reading reading -> model.problem.set(Optional.empty());
            case SignInOutcome.NotRegistered unknown when unknown.holder().isPresent() ->
                    cardRead(unknown.holder().get());
            // A closed account's card may be enrolled again, as a new account (ADR 0013).
            case SignInOutcome.AccountClosed closed when closed.holder().isPresent() -> cardRead(closed.holder().get());
            case SignInOutcome.SignedIn enrolled -> {
                model.alreadyEnrolled.set(Optional.of(enrolled.resident()));
                problem(Sentence.of("counter.enrol.duplicate", enrolled.resident().displayName()));
            }
            case SignInOutcome.NotRegistered tag -> problem(Sentence.of("counter.enrol.notSocialSecurity"));
            case SignInOutcome.Unsupported unsupported -> problem(Sentence.of("counter.enrol.notSocialSecurity"));
            default -> Sentence.cardProblem(outcome).ifPresent(this::problem);
        }
    }

    private void confirmingTap(SignInOutcome outcome) {
        CardHolder card = model.card.get().orElseThrow();
        Optional<CardHolder> tapped = switch (outcome) {
            case SignInOutcome.NotRegistered unknown -> unknown.holder();
            case SignInOutcome.AccountClosed closed -> closed.holder();
            default -> Optional.empty();
        };
        boolean sameCard = tapped.map(holder -> holder.cardKey().equals(card.cardKey())).orElse(false);
        if (sameCard) {
            record(card);
        } else if (outcome instanceof SignInOutcome.Reading) {
            model.problem.set(Optional.empty());
        } else if (outcome instanceof SignInOutcome.TapAgain || outcome instanceof SignInOutcome.SystemProblem) {
            Sentence.cardProblem(outcome).ifPresent(this::problem);
        } else {
            problem(Sentence.of("counter.enrol.otherCard", card.displayName(), card.maskedCardNumber()));
        }
    }

    void onLanguage(Language language) {
        model.language.set(language);
    }

    void onConsent(boolean given) {
        model.consent.set(given);
    }

    void onContinue() {
        if (model.step.get() != EnrolStep.DETAILS || !model.consent.get()) {
            return;
        }
        Optional<Contact.Problem> wrong = contact().problem();
        if (wrong.isPresent()) {
            problem(Sentence.of("counter.enrol.contact." + switch (wrong.get()) {
                case PHONE -> "phone";
                case EMERGENCY_NAME -> "emergencyName";
                case EMERGENCY_PHONE -> "emergencyPhone";
            }));
            return;
        }
        model.problem.set(Optional.empty());
        model.step.set(EnrolStep.CONFIRM_TAP);
    }

    private Contact contact() {
        return new Contact(model.phone.get(), model.emergencyName.get(), model.emergencyPhone.get());
    }

    void onBackToDetails() {
        model.problem.set(Optional.empty());
        model.step.set(EnrolStep.DETAILS);
    }

    void onStartAgain() {
        model.card.set(Optional.empty());
        model.consent.set(false);
        model.phone.set("");
        model.emergencyName.set("");
        model.emergencyPhone.set("");
        model.problem.set(Optional.empty());
        model.alreadyEnrolled.set(Optional.empty());
        model.enrolled.set(Optional.empty());
        model.step.set(EnrolStep.READ_CARD);
    }

    void onCancel() {
        session.navigator().residents();
    }

    void onOpenFile(Resident resident) {
        session.navigator().resident(resident.id(), Optional.empty());
    }

    private void cardRead(CardHolder card) {
        model.card.set(Optional.of(card));
        model.problem.set(Optional.empty());
        model.step.set(EnrolStep.DETAILS);
    }

    private void record(CardHolder card) {
        model.problem.set(Optional.empty());
        model.step.set(EnrolStep.RECORDING);
        Language language = model.language.get();
        Contact contact = contact();
        Background.recordOnce(model.working,
                () -> session.desk().enrolment().enrol(session.staff(), card, language, contact, Consent.ENROLMENT_2),
                this::recorded, this::notRecorded);
    }

    private void recorded(Resident resident) {
        model.enrolled.set(Optional.of(resident));
        model.step.set(EnrolStep.DONE);
    }

    private void notRecorded(Exception failure) {
        LOG.warn("An enrolment was not recorded: {}", failure.getMessage());
        problem(Sentence.refusal(failure));
        model.step.set(EnrolStep.FAILED);
    }

    private void problem(Sentence sentence) {
        model.problem.set(Optional.of(sentence));
    }
}
