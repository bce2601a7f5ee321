package org.huzhu.kiosk.ui.counter.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.FamilyRights;
import org.huzhu.kiosk.desk.FamilyLinking;
import org.huzhu.kiosk.desk.FamilyTie;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.family.FamilyRightsModel.Direction;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.authority.FamilyRight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resident's family at the counter: each current link with what each may do for the other as boxes to tick; "Save"
 * signs one {@code family.permissions-set} per direction that changed, all in one journal transaction; "Unlink…"
 * asks for the reason and confirmation, then signs the {@code family.unlinked}. Both on the staff card, off the FX
 * thread; then the resident's file opens again saying what was done.
 */
public final class FamilyRightsController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(FamilyRightsController.class);

    private final FamilyRightsModel model = new FamilyRightsModel();
    private final FamilyRightsView view;
    private final DeskSession session;
    private final ResidentFile file;

    public FamilyRightsController(DeskSession session, ResidentFile file) {
        this.session = session;
        this.file = file;
        this.view = new FamilyRightsView(model, session.text(), file.resident(), this);
        Background.run(() -> session.desk().family().ties(file.resident().id()), this::show, failure -> {
            LOG.warn("The family of a resident could not be read: {}", failure.getMessage());
            model.problem.set(Optional.of(Sentence.refusal(failure)));
        });
    }

    @Override
    public View<?> view() {
        return view;
    }

    private void show(List<FamilyTie> ties) {
        Map<Direction, FamilyRights> ticked = new HashMap<>();
        for (FamilyTie tie : ties) {
            ticked.put(memberForResident(tie), tie.memberForResident());
            ticked.put(residentForMember(tie), tie.residentForMember());
        }
        model.ticked.set(Map.copyOf(ticked));
        model.ties.set(Optional.of(List.copyOf(ties)));
    }

    void onTick(Direction direction, FamilyRight right, boolean on) {
        Map<Direction, FamilyRights> ticked = new HashMap<>(model.ticked.get());
        ticked.put(direction, RightsBoxes.with(ticked.getOrDefault(direction, FamilyRights.ALL), right, on));
        model.ticked.set(Map.copyOf(ticked));
        model.notice.set(Optional.empty());
    }

    void onSave() {
        List<FamilyLinking.RightsChange> changes = changes();
        if (changes.isEmpty()) {
            model.notice.set(Optional.of(Sentence.of("counter.familyRights.unchanged")));
            return;
        }
        Background.recordOnce(model.working,
                () -> {
                    session.desk().family().setRights(session.staff(), changes);
                    return changes.size();
                },
                saved -> session.navigator().resident(file.resident().id(), Optional.of(Sentence.of(
                        "counter.familyRights.saved", file.resident().displayName()))),
                failure -> {
                    LOG.warn("Family rights were not recorded: {}", failure.getMessage());
                    model.problem.set(Optional.of(Sentence.refusal(failure)));
                });
    }

    void onUnlink(FamilyMember member) {
        model.problem.set(Optional.empty());
        model.notice.set(Optional.empty());
        model.unlinking.set(Optional.of(member));
    }

    void onConfirmUnlink(String reason) {
        Optional<FamilyMember> member = model.unlinking.get();
        if (member.isEmpty()) {
            return;
        }
        Background.recordOnce(model.working,
                () -> {
                    session.desk().family().unlink(session.staff(), file.resident().id(), member.get().residentId(),
                            reason);
                    return member.get();
                },
                unlinked -> session.navigator().resident(file.resident().id(), Optional.of(Sentence.of(
                        "counter.familyRights.unlinked", file.resident().displayName(), unlinked.displayName()))),
                failure -> {
                    LOG.warn("A family link was not ended: {}", failure.getMessage());
                    model.problem.set(Optional.of(Sentence.refusal(failure)));
                });
    }

    void onCancelUnlink() {
        model.unlinking.set(Optional.empty());
    }

    void onLinkAnother() {
        session.navigator().linkFamily(file);
    }

    void onBack() {
        session.navigator().resident(file.resident().id(), Optional.empty());
    }

    /** Each direction whose ticks differ from what the counter read. */
    private List<FamilyLinking.RightsChange> changes() {
        List<FamilyLinking.RightsChange> changes = new ArrayList<>();
        for (FamilyTie tie : model.ties.get().orElse(List.of())) {
            for (Direction direction : List.of(memberForResident(tie), residentForMember(tie))) {
                FamilyRights was = direction.memberId().equals(tie.member().residentId()) ? tie.memberForResident()
                        : tie.residentForMember();
                FamilyRights now = model.ticked.get().getOrDefault(direction, was);
                if (!now.equals(was)) {
                    changes.add(new FamilyLinking.RightsChange(direction.residentId(), direction.memberId(), now));
                }
            }
        }
        return changes;
    }

    private Direction memberForResident(FamilyTie tie) {
        return new Direction(file.resident().id(), tie.member().residentId());
    }

    private Direction residentForMember(FamilyTie tie) {
        return new Direction(tie.member().residentId(), file.resident().id());
    }
}
