package org.huzhu.kiosk.ui.counter.family;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;

/**
 * "Ask the family member to tap their card"; once a card that can be linked is tapped, "Link 王秀英 and 李建国 as
 * family?" with what it means, what each may do for the other (three boxes each way, all ticked), and "Link as
 * family"; while it is signed, a spinner.
 */
final class FamilyLinkView extends CounterView {

    private final FamilyLinkModel model;
    private final Resident resident;
    private final FamilyLinkController controller;

    FamilyLinkView(FamilyLinkModel model, UiText text, Resident resident, FamilyLinkController controller) {
        super(text);
        this.model = model;
        this.resident = resident;
        this.controller = controller;
        refreshOnChange(model.member);
        refreshOnChange(model.problem);
        refreshOnChange(model.working);
    }

    @Override
    protected String titleText() {
        return words("counter.family.title", resident.displayName());
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        List<Node> nodes = new ArrayList<>();
        if (model.member.get().isEmpty()) {
            nodes.add(panel(wrapped(words("counter.family.tap"), "family-tap")));
        }
        List<Button> actions = new ArrayList<>();
        model.member.get().ifPresent(member -> {
            // Once a member is tapped the question and the rights take the room: the screen fits 1366x768.
            VBox confirm = panel(emphasised(words("counter.family.confirm", resident.displayName(),
                    member.displayName()), "family-confirm"), wrapped(words("counter.family.means"), "family-means"),
                    wrapped(words("counter.family.rights"), "family-rights"), rights(member));
            confirm.setMaxWidth(2 * READABLE_WIDTH);
            nodes.add(confirm);
            Button link = action("family-link", words("counter.family.link"), true, controller::onLink);
            link.disableProperty().bind(model.working);
            actions.add(link);
        });
        if (model.working.get()) {
            nodes.add(busy(words("counter.enrol.recording"), "family-recording"));
        }
        showContent(nodes);
        Button cancel = action("family-cancel", words("counter.enrol.cancel"), false, controller::onCancel);
        cancel.disableProperty().bind(model.working);
        actions.add(cancel);
        showActions(actions);
    }

    /** The two directions' boxes side by side: what the member may do for the resident, and the other way. */
    private Node rights(Resident member) {
        VBox memberForResident = RightsBoxes.of("family-new-member", wrapped(words("counter.familyRights.forResident",
                member.displayName(), resident.displayName()), "family-new-member"), model.memberForResident.get(),
                this::words, model.working, (right, on) -> controller.onTick(true, right, on));
        VBox residentForMember = RightsBoxes.of("family-new-resident", wrapped(words(
                "counter.familyRights.forResident", resident.displayName(), member.displayName()),
                "family-new-resident"), model.residentForMember.get(), this::words, model.working,
                (right, on) -> controller.onTick(false, right, on));
        HBox.setHgrow(memberForResident, Priority.ALWAYS);
        HBox.setHgrow(residentForMember, Priority.ALWAYS);
        HBox both = new HBox(memberForResident, residentForMember);
        both.setStyle("-fx-spacing: 1.5em;");
        return both;
    }
}
