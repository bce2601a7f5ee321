package org.huzhu.kiosk.ui.counter.face;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.themes.StyleClasses;

/**
 * What is kept of a face and for how long, the consent box, and "Start" (the main action, only once the consent is
 * ticked) and "Delete face"; while capturing, how many good pictures so far and what to help the resident with; the
 * confirm step of a deletion. No camera preview: staff see the resident, not the picture.
 */
final class FaceSignInView extends CounterView {

    private final FaceSignInModel model;
    private final Resident resident;
    private final int framesWanted;
    private final FaceSignInController controller;
    /** Built once, so it keeps its focus and state when the screen is rendered again. */
    private final CheckBox consent = new CheckBox();

    FaceSignInView(FaceSignInModel model, UiText text, Resident resident, int framesWanted,
            FaceSignInController controller) {
        super(text);
        this.model = model;
        this.resident = resident;
        this.framesWanted = framesWanted;
        this.controller = controller;
        consent.setId("face-consent");
        consent.getStyleClass().add(StyleClasses.FORM_FIELD);
        consent.setWrapText(true);
        consent.setOnAction(event -> controller.onConsent(consent.isSelected()));
        refreshOnChange(model.step);
        refreshOnChange(model.goodFrames);
        refreshOnChange(model.latest);
        refreshOnChange(model.problem);
        refreshOnChange(model.working);
    }

    @Override
    protected String titleText() {
        return words("counter.face.title", resident.displayName());
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        List<Node> nodes = new ArrayList<>();
        List<Button> actions = new ArrayList<>();
        switch (model.step.get()) {
            case READY, CAPTURING -> capture(nodes, actions);
            case CONFIRM_DELETE -> confirmDelete(nodes, actions);
        }
        if (model.working.get()) {
            nodes.add(busy(words("counter.enrol.recording"), "face-recording"));
        }
        showContent(nodes);
        Button cancel = action("face-cancel", words("counter.enrol.cancel"), false, controller::onCancel);
        cancel.disableProperty().bind(model.working);
        actions.add(cancel);
        showActions(actions);
    }

    private void capture(List<Node> nodes, List<Button> actions) {
        boolean capturing = model.step.get() == FaceSignInStep.CAPTURING;
        consent.setText(words("counter.face.consent", resident.displayName()));
        consent.setSelected(model.consent.get());
        consent.setDisable(capturing || model.working.get());
        nodes.add(panel(emphasised(words("counter.face.kept.title"), "face-kept-title"),
                wrapped(words("counter.face.kept.body"), "face-kept-body"), consent));
        if (capturing && !model.working.get()) {
            List<Node> lines = new ArrayList<>();
            lines.add(busy(words("counter.face.capturing", model.goodFrames.get(), framesWanted), "face-progress"));
            model.latest.get().ifPresent(latest -> lines.add(wrapped(
                    FaceSignInController.hint(latest).in(text.messages()), "face-hint")));
            nodes.add(panel(lines.toArray(Node[]::new)));
            Button stop = action("face-stop", words("counter.face.stop"), true, controller::onStop);
            actions.add(stop);
            return;
        }
        Button start = action("face-start", words("counter.face.start"), true, controller::onStart);
        start.disableProperty().bind(model.consent.not().or(model.working));
        Button delete = action("face-delete", words("counter.face.delete"), false, controller::onDelete);
        delete.disableProperty().bind(model.working);
        actions.add(start);
        actions.add(delete);
    }

    private void confirmDelete(List<Node> nodes, List<Button> actions) {
        nodes.add(panel(emphasised(words("counter.face.deleteConfirm", resident.displayName()), "face-delete-confirm"),
                wrapped(words("counter.face.deleteMeans"), "face-delete-means")));
        Button delete = action("face-delete-confirm-button", words("counter.face.deleteDo"), true,
                controller::onConfirmDelete);
        delete.disableProperty().bind(model.working);
        Button back = action("face-back", words("counter.face.back"), false, controller::onBack);
        back.disableProperty().bind(model.working);
        actions.add(delete);
        actions.add(back);
    }
}
