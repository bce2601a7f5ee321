package org.huzhu.kiosk.ui.counter.aid;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.huzhu.kiosk.desk.AidApplying;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.protocol.aid.AidInstitution;
import org.huzhu.protocol.aid.AidInstitutions;
import org.huzhu.protocol.aid.Yuan;
import org.huzhu.themes.StyleClasses;

/**
 * The application form: the charity and the hospital (one of each, as buttons), what for and how much (typed), the
 * supporting documents (each named, with a way to take it off again, and a button to add one); then the confirm step
 * that says the application once more. While the server is asked or the application signed, a spinner.
 */
final class ApplyForAidView extends CounterView {

    private final ApplyForAidModel model;
    private final ResidentFile file;
    private final ApplyForAidController controller;
    private final TextField purpose = field("aid-purpose", 24);
    private final TextField amount = field("aid-amount", 10);

    ApplyForAidView(ApplyForAidModel model, UiText text, ResidentFile file, ApplyForAidController controller) {
        super(text);
        this.model = model;
        this.file = file;
        this.controller = controller;
        purpose.textProperty().bindBidirectional(model.purpose);
        amount.textProperty().bindBidirectional(model.amount);
        refreshOnChange(model.institutions);
        refreshOnChange(model.charity);
        refreshOnChange(model.hospital);
        refreshOnChange(model.confirming);
        refreshOnChange(model.problem);
        refreshOnChange(model.working);
        model.documents.addListener((ListChangeListener<AidApplying.Document>) change -> refresh());
    }

    private static TextField field(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add(StyleClasses.FORM_FIELD);
        field.setPrefColumnCount(columns);
        return field;
    }

    @Override
    protected String titleText() {
        return words("counter.aid.title", file.resident().displayName());
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        List<Node> nodes = new ArrayList<>();
        List<Button> actions = new ArrayList<>();
        model.institutions.get().ifPresentOrElse(institutions -> {
            if (model.confirming.get()) {
                confirm(nodes, actions);
            } else {
                form(institutions, nodes, actions);
            }
        }, () -> {
            if (model.problem.get().isEmpty()) {
                nodes.add(busy(words("counter.aid.reading"), "aid-reading"));
            }
        });
        if (model.working.get()) {
            nodes.add(busy(words("counter.enrol.recording"), "aid-recording"));
        }
        showContent(nodes);
        Button cancel = action("aid-cancel", words("counter.enrol.cancel"), false, controller::onCancel);
        cancel.disableProperty().bind(model.working);
        actions.add(cancel);
        showActions(actions);
    }

    private void form(AidInstitutions institutions, List<Node> nodes, List<Button> actions) {
        if (institutions.charities().isEmpty() || institutions.hospitals().isEmpty()) {
            nodes.add(panel(wrapped(words("counter.aid.noInstitutions"), "aid-no-institutions")));
            return;
        }
        nodes.add(chooser(words("counter.aid.charity"), "aid-charity-", institutions.charities(), model.charity.get(),
                controller::onCharity));
        nodes.add(chooser(words("counter.aid.hospital"), "aid-hospital-", institutions.hospitals(),
                model.hospital.get(), controller::onHospital));
        nodes.add(details());
        nodes.add(documents());
        Button next = action("aid-next", words("counter.close.next"), true, controller::onNext);
        next.setDefaultButton(true);
        next.disableProperty().bind(model.working);
        actions.add(next);
    }

    private Node chooser(String name, String idPrefix, List<AidInstitution> choices, Optional<AidInstitution> chosen,
            java.util.function.Consumer<AidInstitution> onChoose) {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> buttons = new ArrayList<>();
        for (AidInstitution institution : choices) {
            ToggleButton button = choice(idPrefix + institution.institutionId(), group,
                    () -> onChoose.accept(institution));
            button.setText(institution.name());
            button.setSelected(chosen.filter(institution::equals).isPresent());
            buttons.add(button);
        }
        Label label = new Label(name);
        label.getStyleClass().add(StyleClasses.MUTED);
        return panel(label, choices(buttons));
    }

    /** What for and how much: labels in one column, the fields beside them. */
    private Node details() {
        GridPane grid = new GridPane(32, 8);
        grid.addRow(0, label(words("counter.aid.purpose"), purpose), purpose);
        amount.setPromptText(words("counter.aid.amountExample"));
        grid.addRow(1, label(words("counter.aid.amount"), amount), amount);
        grid.setMaxWidth(READABLE_WIDTH);
        return grid;
    }

    private static Label label(String words, TextField field) {
        Label label = new Label(words);
        label.getStyleClass().add(StyleClasses.MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        return label;
    }

    private Node documents() {
        List<Node> lines = new ArrayList<>();
        lines.add(wrapped(model.documents.isEmpty() ? words("counter.aid.noDocuments")
                : words("counter.aid.documents", model.documents.size()), "aid-documents"));
        int index = 0;
        for (AidApplying.Document document : model.documents) {
            Button remove = action("aid-remove-" + index, words("counter.aid.remove"), false,
                    () -> controller.onRemove(document));
            lines.add(choices(List.of(wrapped(document.name(), "aid-document-" + index++), remove)));
        }
        Button attach = action("aid-attach", words("counter.aid.attach"), false, this::chooseDocument);
        attach.disableProperty().bind(model.working);
        lines.add(attach);
        return panel(lines.toArray(Node[]::new));
    }

    private void chooseDocument() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words("counter.aid.attach"));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            controller.onAttach(chosen.toPath());
        }
    }

    private void confirm(List<Node> nodes, List<Button> actions) {
        AidInstitution charity = model.charity.get().orElseThrow();
        String money = Words.money(text.messages(), Yuan.parse(model.amount.get()).orElseThrow());
        nodes.add(panel(emphasised(words("counter.aid.confirm", file.resident().displayName(), charity.name(), money),
                        "aid-confirm"),
                wrapped(words("counter.aid.confirm.for", model.purpose.get().strip(),
                        model.hospital.get().orElseThrow().name()), "aid-confirm-for"),
                wrapped(words("counter.aid.confirm.documents", model.documents.size(), charity.name()),
                        "aid-confirm-documents")));
        Button record = action("aid-record", words("counter.aid.record"), true, controller::onRecord);
        record.setDefaultButton(true);
        record.disableProperty().bind(model.working);
        Button back = action("aid-back", words("counter.close.back"), false, controller::onBack);
        back.disableProperty().bind(model.working);
        actions.add(record);
        actions.add(back);
    }
}
