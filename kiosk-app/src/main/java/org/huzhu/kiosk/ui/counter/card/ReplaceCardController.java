package org.huzhu.kiosk.ui.counter.card;

import java.util.Optional;
import org.huzhu.kiosk.desk.CardReplacement;
import org.huzhu.kiosk.desk.ResidentFile;
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
 * Replaces a resident's lost card: staff say why, the resident taps their new card (its tap is their confirmation),
 * and the replacement is signed on the staff card and recorded off the FX thread; then the resident's file opens
 * again saying that only the new card works now. Someone else's card, or the card in use already, records nothing.
 */
public final class ReplaceCardController implements Controller, TakesResidentCards {

    private static final Logger LOG = LoggerFactory.getLogger(ReplaceCardController.class);

    private final ReplaceCardModel model = new ReplaceCardModel();
    private final ReplaceCardView view;
    private final DeskSession session;
    private final ResidentFile file;

    public ReplaceCardController(DeskSession session, ResidentFile file) {
        this.session = session;
        this.file = file;
        this.view = new ReplaceCardView(model, session.text(), file.resident(), this);
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
            // The resident's card, whether their binding still takes it or it was replaced before: the card decides.
            case SignInOutcome.SignedIn tapped when tapped.holder().isPresent() -> replaceWith(tapped.holder().get());
            case SignInOutcome.CardReplaced tapped when tapped.holder().isPresent() ->
                    replaceWith(tapped.holder().get());
            case SignInOutcome.NotRegistered unknown when unknown.holder().isPresent() ->
                    problem(Sentence.of("counter.refusal.not-their-card", file.resident().displayName()));
            case SignInOutcome.SignedIn tag -> problem(Sentence.of("counter.enrol.notSocialSecurity"));
            case SignInOutcome.NotRegistered tag -> problem(Sentence.of("counter.enrol.notSocialSecurity"));
            default -> Sentence.cardProblem(outcome).ifPresent(this::problem);
        }
    }

    void onWhy(CardReplacement.Why why) {
        model.why.set(why);
    }

    void onCancel() {
        session.navigator().resident(file.resident().id(), Optional.empty());
    }

    private void replaceWith(CardHolder card) {
        model.problem.set(Optional.empty());
        CardReplacement.Why why = model.why.get();
        Background.recordOnce(model.working,
                () -> {
                    session.desk().cards().replace(session.staff(), file.resident().id(), card, why);
                    return card;
                },
                replaced -> session.navigator().resident(file.resident().id(), Optional.of(Sentence.of(
                        "counter.replace.done", file.resident().displayName(), replaced.maskedCardNumber()))),
                failure -> {
                    LOG.warn("A card replacement was not recorded: {}", failure.getMessage());
                    problem(Sentence.refusal(failure, file.resident().displayName()));
                });
    }

    private void problem(Sentence why) {
        model.problem.set(Optional.of(why));
    }
}
