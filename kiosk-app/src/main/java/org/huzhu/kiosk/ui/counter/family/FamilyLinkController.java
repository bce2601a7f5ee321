package org.huzhu.kiosk.ui.counter.family;

import java.util.Optional;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.TakesResidentCards;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.authority.FamilyRight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links a family member to a resident: the family member taps their card (an enrolled resident, not the same one, not
 * family already), staff choose what each may do for the other (all on unless unticked) and confirm, and the link
 * with those rights is signed on the staff card and recorded off the FX thread in one journal transaction; then the
 * resident's file opens again with the link in it.
 */
public final class FamilyLinkController implements Controller, TakesResidentCards {

    private static final Logger LOG = LoggerFactory.getLogger(FamilyLinkController.class);

    private final FamilyLinkModel model = new FamilyLinkModel();
    private final FamilyLinkView view;
    private final DeskSession session;
    private final ResidentFile file;

    public FamilyLinkController(DeskSession session, ResidentFile file) {
        this.session = session;
        this.file = file;
        this.view = new FamilyLinkView(model, session.text(), file.resident(), this);
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
        Resident resident = file.resident();
        switch (outcome) {
            case SignInOutcome.Reading reading -> model.problem.set(Optional.empty());
            case SignInOutcome.SignedIn tapped when tapped.resident().id().equals(resident.id()) ->
                    refuse(Sentence.of("counter.family.same", resident.displayName()));
            case SignInOutcome.SignedIn tapped when file.hasFamilyMember(tapped.resident().id()) ->
                    refuse(Sentence.of("counter.family.already", resident.displayName(),
                            tapped.resident().displayName()));
            case SignInOutcome.SignedIn tapped -> {
                model.problem.set(Optional.empty());
                model.member.set(Optional.of(tapped.resident()));
            }
            case SignInOutcome.NotRegistered unknown -> refuse(Sentence.of("counter.family.notEnrolled"));
            default -> Sentence.cardProblem(outcome).ifPresent(this::refuse);
        }
    }

    void onLink() {
        Optional<Resident> member = model.member.get();
        if (member.isEmpty()) {
            return;
        }
        Background.recordOnce(model.working,
                () -> {
                    session.desk().family().link(session.staff(), file.resident().id(), member.get().id(),
                            model.memberForResident.get(), model.residentForMember.get());
                    return member.get();
                },
                linked -> session.navigator().resident(file.resident().id(), Optional.of(Sentence.of(
                        "counter.family.done", file.resident().displayName(), linked.displayName()))),
                failure -> {
                    LOG.warn("A family link was not recorded: {}", failure.getMessage());
                    model.member.set(Optional.empty());
                    refuse(Sentence.refusal(failure));
                });
    }

    /** A tick in the rights the link will start with: {@code memberActs}, the member's rights for the resident. */
    void onTick(boolean memberActs, FamilyRight right, boolean on) {
        var rights = memberActs ? model.memberForResident : model.residentForMember;
        rights.set(RightsBoxes.with(rights.get(), right, on));
    }

    void onCancel() {
        session.navigator().resident(file.resident().id(), Optional.empty());
    }

    private void refuse(Sentence why) {
        model.member.set(Optional.empty());
        model.problem.set(Optional.of(why));
    }
}
