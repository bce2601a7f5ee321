package org.huzhu.kiosk.ui.counter.close;

import java.util.Optional;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.desk.AccountClosing;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a resident's account (moved away, died): shows the balance and the bookings closing cancels, asks why and
 * where the balance goes (a linked family member or the centre's pool), says it all once more on a confirm step, and
 * records the closing signed on the staff card off the FX thread; then the resident's file opens again, closed.
 */
public final class CloseAccountController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(CloseAccountController.class);

    private final CloseAccountModel model = new CloseAccountModel();
    private final CloseAccountView view;
    private final DeskSession session;
    private final ResidentFile file;

    public CloseAccountController(DeskSession session, ResidentFile file) {
        this.session = session;
        this.file = file;
        this.view = new CloseAccountView(model, session.text(), session.zone(), file, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        Background.run(() -> session.desk().closing().plan(file), plan -> model.plan.set(Optional.of(plan)),
                failure -> {
                    LOG.warn("What closing would do could not be read: {}", failure.getMessage());
                    model.problem.set(Optional.of(Sentence.of("counter.card.systemProblem")));
                });
    }

    void onWhy(AccountClosing.Why why) {
        model.why.set(Optional.of(why));
    }

    /** @param heir empty: the centre's pool */
    void onBalanceTo(Optional<FamilyMember> heir) {
        model.heir.set(heir);
    }

    void onNext() {
        if (model.why.get().isEmpty()) {
            model.problem.set(Optional.of(Sentence.of("counter.close.whyFirst")));
            return;
        }
        model.problem.set(Optional.empty());
        model.confirming.set(true);
    }

    void onBack() {
        model.confirming.set(false);
    }

    void onCancel() {
        session.navigator().resident(file.resident().id(), Optional.empty());
    }

    void onClose() {
        AccountClosing.Why why = model.why.get().orElseThrow();
        Optional<FamilyMember> heir = model.heir.get();
        model.problem.set(Optional.empty());
        Background.recordOnce(model.working,
                () -> {
                    session.desk().closing().close(session.staff(), file, why, heir);
                    return why;
                },
                closed -> session.navigator().resident(file.resident().id(), Optional.of(Sentence.of(
                        "counter.close.done", file.resident().displayName()))),
                failure -> {
                    LOG.warn("An account closing was not recorded: {}", failure.getMessage());
                    model.confirming.set(false);
                    model.problem.set(Optional.of(Sentence.refusal(failure, file.resident().displayName())));
                });
    }
}
