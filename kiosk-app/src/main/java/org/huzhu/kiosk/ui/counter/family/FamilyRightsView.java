package org.huzhu.kiosk.ui.counter.family;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.FamilyRights;
import org.huzhu.kiosk.desk.FamilyTie;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.ui.counter.family.FamilyRightsModel.Direction;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.themes.StyleClasses;

/**
 * "Family of 王秀英": per linked member a panel with "What 李建国 may do for 王秀英" and the other way round, three
 * large boxes each (book, use their time, receive time from them), and "Unlink…"; "Save", "Link a family member" and
 * "Back" under them. Unlinking shows that link alone: the question, what it means, the reason, "Unlink".
 */
final class FamilyRightsView extends CounterView {

    private final FamilyRightsModel model;
    private final Resident resident;
    private final FamilyRightsController controller;
    private final TextField reason = new TextField();

    FamilyRightsView(FamilyRightsModel model, UiText text, Resident resident, FamilyRightsController controller) {
        super(text);
        this.model = model;
        this.resident = resident;
        this.controller = controller;
        reason.setId("family-reason");
        reason.getStyleClass().add(StyleClasses.FORM_FIELD);
        reason.setMaxWidth(READABLE_WIDTH);
        refreshOnChange(model.ties);
        refreshOnChange(model.unlinking);
        refreshOnChange(model.notice);
        refreshOnChange(model.problem);
        refreshOnChange(model.working);
    }

    @Override
    protected String titleText() {
        return words("counter.familyRights.title", resident.displayName());
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        List<Node> nodes = new ArrayList<>();
        List<Button> actions = new ArrayList<>();
        if (model.unlinking.get().isPresent()) {
            unlinking(model.unlinking.get().get(), nodes, actions);
        } else {
            reason.clear();
            List<FamilyTie> ties = model.ties.get().orElse(List.of());
            if (model.ties.get().isPresent() && ties.isEmpty()) {
                nodes.add(wrapped(words("counter.familyRights.none", resident.displayName()), "family-none"));
            }
            ties.forEach(tie -> nodes.add(tie(tie)));
            model.notice.get().ifPresent(notice -> nodes.add(wrapped(notice.in(text.messages()), "family-notice")));
            if (!ties.isEmpty()) {
                Button save = action("family-save", words("counter.familyRights.save"), true, controller::onSave);
                save.disableProperty().bind(model.working);
                actions.add(save);
            }
            actions.add(action("family-link-another", words("counter.file.linkFamily"), ties.isEmpty(),
                    controller::onLinkAnother));
            Button back = action("family-back", words("counter.familyRights.back"), false, controller::onBack);
            back.disableProperty().bind(model.working);
            actions.add(back);
        }
        if (model.working.get()) {
            nodes.add(busy(words("counter.enrol.recording"), "family-recording"));
        }
        showContent(nodes);
        showActions(actions);
    }

    private Node tie(FamilyTie tie) {
        FamilyMember member = tie.member();
        VBox memberForResident = direction(new Direction(resident.id(), member.residentId()),
                member.displayName(), resident.displayName());
        VBox residentForMember = direction(new Direction(member.residentId(), resident.id()),
                resident.displayName(), member.displayName());
        HBox directions = new HBox(memberForResident, residentForMember);
        directions.setStyle("-fx-spacing: 1.5em;");
        HBox.setHgrow(memberForResident, Priority.ALWAYS);
        HBox.setHgrow(residentForMember, Priority.ALWAYS);
        Button unlink = action("family-unlink-" + member.residentId(), words("counter.familyRights.unlink"), false,
                () -> controller.onUnlink(member));
        unlink.disableProperty().bind(model.working);
        VBox panel = panel(emphasised(member.displayName(), "family-member-" + member.residentId()), directions,
                unlink);
        panel.setMaxWidth(2 * READABLE_WIDTH);
        return panel;
    }

    /** "What {actor} may do for {forWhom}" and its three boxes, ticked as the model says. */
    private VBox direction(Direction direction, String actor, String forWhom) {
        String id = "family-right-" + direction.residentId() + "-" + direction.memberId();
        return RightsBoxes.of(id, wrapped(words("counter.familyRights.forResident", actor, forWhom), id),
                model.ticked.get().getOrDefault(direction, FamilyRights.ALL), this::words, model.working,
                (right, on) -> controller.onTick(direction, right, on));
    }

    private void unlinking(FamilyMember member, List<Node> nodes, List<Button> actions) {
        reason.setPromptText(words("counter.familyRights.reasonHint"));
        reason.setOnAction(event -> controller.onConfirmUnlink(reason.getText()));
        nodes.add(panel(emphasised(words("counter.familyRights.unlinkQuestion", resident.displayName(),
                member.displayName()), "family-unlink-question"),
                wrapped(words("counter.familyRights.unlinkMeans"), "family-unlink-means"),
                wrapped(words("counter.familyRights.reason"), "family-reason-name"), reason));
        Button confirm = action("family-unlink-confirm", words("counter.familyRights.confirmUnlink"), true,
                () -> controller.onConfirmUnlink(reason.getText()));
        confirm.disableProperty().bind(model.working.or(reason.textProperty().isEmpty()));
        actions.add(confirm);
        Button cancel = action("family-unlink-cancel", words("counter.enrol.cancel"), false,
                controller::onCancelUnlink);
        cancel.disableProperty().bind(model.working);
        actions.add(cancel);
    }
}
