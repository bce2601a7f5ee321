package org.huzhu.kiosk.ui.hospital.patient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.protocol.aid.OpenAidOrder;
import org.huzhu.protocol.aid.PatientAtDesk;
import org.huzhu.protocol.aid.Yuan;
import org.huzhu.themes.StyleClasses;

/**
 * Before a tap, "ask the patient to tap their social-security card"; after it, the patient's name as the title and
 * each open aid order at this hospital in large plain words (from which charity, what for, approved, left, until),
 * each with "Enter the hospital's order"; or plainly that they have none here.
 */
final class PatientView extends CounterView {

    /** Two orders fit a laptop's height beside each other's words; a patient rarely has more at one hospital. */
    private static final int LISTED = 3;

    private final PatientModel model;
    private final ZoneId zone;
    private final PatientController controller;

    PatientView(PatientModel model, UiText text, ZoneId zone, PatientController controller) {
        super(text);
        this.model = model;
        this.zone = zone;
        this.controller = controller;
        refreshOnChange(model.patient);
        refreshOnChange(model.problem);
        refreshOnChange(model.working);
    }

    @Override
    protected String titleText() {
        return model.patient.get().map(PatientAtDesk::displayName).orElseGet(() -> words("hospital.patient.title"));
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        Optional<PatientAtDesk> found = model.patient.get();
        List<Node> nodes = new ArrayList<>();
        List<Button> actions = new ArrayList<>();
        if (found.isEmpty()) {
            nodes.add(panel(emphasised(words("hospital.patient.tap"), "patient-tap")));
            if (model.working.get()) {
                nodes.add(busy(words("hospital.patient.asking"), "patient-asking"));
            }
        } else {
            PatientAtDesk patient = found.get();
            if (patient.orders().isEmpty()) {
                nodes.add(panel(emphasised(words("hospital.patient.none", patient.displayName()), "patient-none")));
            }
            for (int i = 0; i < Math.min(LISTED, patient.orders().size()); i++) {
                nodes.add(order(patient, patient.orders().get(i), i));
            }
            if (patient.orders().size() > LISTED) {
                nodes.add(wrapped(words("hospital.patient.more", patient.orders().size() - LISTED), "patient-more"));
            }
            nodes.add(wrapped(words("hospital.patient.nextTap"), "patient-next-tap"));
            actions.add(action("patient-next", words("hospital.patient.next"), false, controller::onNextPatient));
        }
        showContent(nodes);
        showActions(actions);
    }

    /** One aid order: the charity and purpose, what is left in large type, approved and until, and its button. */
    private Node order(PatientAtDesk patient, OpenAidOrder order, int index) {
        Label from = emphasised(words("hospital.order.from", order.charityName(), order.purpose()),
                "patient-order-from-" + index);
        Label left = wrapped(words("hospital.order.left", Yuan.shown(order.remainingFen())),
                "patient-order-left-" + index);
        left.getStyleClass().add(StyleClasses.HEADING);
        LocalDate until = LocalDate.ofInstant(order.validUntil(), zone);
        Label figures = wrapped(words("hospital.order.figures", Yuan.shown(order.maxFen()),
                Yuan.shown(order.paidFen()), Words.longDay(text.messages(), until)), "patient-order-figures-" + index);
        Button enter = action("patient-order-" + index, words("hospital.patient.enter"), true,
                () -> controller.onOrder(patient, order));
        enter.disableProperty().bind(model.working);
        VBox panel = panel(from, left, figures, enter);
        panel.setStyle("-fx-spacing: 0.4em;");
        return panel;
    }
}
