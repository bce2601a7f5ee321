package org.huzhu.kiosk.ui.hospital.order;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.hospital.BillLine;
import org.huzhu.kiosk.hospital.HospitalOrderForm;
import org.huzhu.kiosk.hospital.SubmittedOrder;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.hospital.kit.MatchWords;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.protocol.aid.OpenAidOrder;
import org.huzhu.protocol.aid.PatientAtDesk;
import org.huzhu.protocol.aid.Yuan;
import org.huzhu.themes.StyleClasses;

/**
 * On the left, the aid order the treatment is paid from (charity, what for, what is left, until); on the right the
 * hospital's order: its number, the bill's lines (what, and yuan), "add a line" and the total. The inputs are built
 * once, so what was typed survives a language switch. Once submitted, only what the server said: paid (with the slip
 * for the patient), refused and why, or that payment waits for the connection.
 */
final class OrderView extends CounterView {

    private static final String AID_WIDTH = "-fx-min-width: 20em; -fx-max-width: 20em;";

    private final OrderModel model;
    private final ZoneId zone;
    private final PatientAtDesk patient;
    private final OpenAidOrder order;
    private final OrderController controller;
    private final TextField number = field("order-number", 16);
    private final List<TextField[]> lines = new ArrayList<>();

    OrderView(OrderModel model, UiText text, ZoneId zone, PatientAtDesk patient, OpenAidOrder order,
            OrderController controller) {
        super(text);
        this.model = model;
        this.zone = zone;
        this.patient = patient;
        this.order = order;
        this.controller = controller;
        number.textProperty().addListener((observable, before, after) -> controller.onTyped(typed()));
        refreshOnChange(model.lines);
        refreshOnChange(model.totalFen);
        refreshOnChange(model.problem);
        refreshOnChange(model.submitted);
        refreshOnChange(model.slip);
        refreshOnChange(model.working);
    }

    @Override
    protected String titleText() {
        return words("hospital.order.title", patient.displayName());
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        Optional<SubmittedOrder> submitted = model.submitted.get();
        HBox columns = new HBox(aid(submitted.filter(order -> order.verdict() instanceof SubmittedOrder.Verdict.Paid)
                .map(SubmittedOrder::amountFen).orElse(0L)), submitted.map(this::result).orElseGet(this::entry));
        columns.setStyle("-fx-spacing: 1em;");
        showContent(List.of(columns));
        List<Button> actions = new ArrayList<>();
        if (submitted.isEmpty()) {
            Button submit = action("order-submit", words("hospital.order.submit"), true,
                    () -> controller.onSubmit(typed()));
            submit.disableProperty().bind(model.working);
            Button back = action("order-back", words("hospital.order.back"), false, controller::onBack);
            back.disableProperty().bind(model.working);
            actions.addAll(List.of(submit, back));
        } else {
            if (submitted.get().verdict() instanceof SubmittedOrder.Verdict.Paid) {
                Button slip = action("order-slip", words("hospital.order.slip"), true, controller::onSaveSlip);
                slip.disableProperty().bind(model.working);
                actions.add(slip);
            }
            actions.add(action("order-next", words("hospital.patient.next"), false, controller::onBack));
        }
        showActions(actions);
    }

    /** The aid order the treatment is paid from, with {@code paidNowFen} the server just paid from it. */
    private Node aid(long paidNowFen) {
        Label left = wrapped(words("hospital.order.left", Yuan.shown(order.remainingFen() - paidNowFen)),
                "order-aid-left");
        left.getStyleClass().add(StyleClasses.HEADING);
        VBox panel = panel(emphasised(words("hospital.order.from", order.charityName(), order.purpose()),
                "order-aid-from"), left, wrapped(words("hospital.order.figures", Yuan.shown(order.maxFen()),
                Yuan.shown(order.paidFen() + paidNowFen), Words.longDay(text.messages(),
                LocalDate.ofInstant(order.validUntil(), zone))), "order-aid-figures"));
        panel.setStyle(AID_WIDTH);
        return panel;
    }

    /** The hospital's order as typed: number, lines, total. */
    private Node entry() {
        while (lines.size() < model.lines.get()) {
            int index = lines.size();
            TextField what = field("order-item-" + index, 14);
            TextField yuan = field("order-amount-" + index, 7);
            what.textProperty().addListener((observable, before, after) -> controller.onTyped(typed()));
            yuan.textProperty().addListener((observable, before, after) -> controller.onTyped(typed()));
            lines.add(new TextField[] {what, yuan});
        }
        number.setPromptText(words("hospital.order.number.prompt"));
        boolean editable = !model.working.get();
        number.setDisable(!editable);
        GridPane bill = new GridPane();
        bill.setStyle("-fx-hgap: 0.5em; -fx-vgap: 0.3em;");
        bill.addRow(0, wrapped(words("hospital.order.item"), "order-item-name"),
                wrapped(words("hospital.order.amount"), "order-amount-name"));
        for (int i = 0; i < lines.size(); i++) {
            TextField[] line = lines.get(i);
            line[0].setPromptText(words("hospital.order.item.prompt"));
            line[1].setPromptText(words("hospital.order.amount.prompt"));
            line[0].setDisable(!editable);
            line[1].setDisable(!editable);
            bill.addRow(i + 1, line[0], line[1]);
        }
        Button add = action("order-add-line", words("hospital.order.addLine"), false, controller::onAddLine);
        add.setDisable(!editable || lines.size() >= HospitalOrderForm.MAX_LINES);
        Label total = emphasised(model.totalFen.get().map(fen -> words("hospital.order.total", Yuan.shown(fen)))
                .orElseGet(() -> words("hospital.order.total.none")), "order-total");
        List<Node> nodes = new ArrayList<>(List.of(wrapped(words("hospital.order.number"), "order-number-name"),
                number, bill, add, total));
        if (model.working.get()) {
            nodes.add(busy(words("hospital.order.recording"), "order-recording"));
        }
        VBox panel = panel(nodes.toArray(Node[]::new));
        HBox.setHgrow(panel, Priority.ALWAYS);
        return panel;
    }

    /** What the server said of the submitted order, or that it has not said yet. */
    private Node result(SubmittedOrder submitted) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(wrapped(words("hospital.result.order", submitted.hospitalOrderNumber(),
                Yuan.shown(submitted.amountFen())), "order-result-order"));
        switch (submitted.verdict()) {
            case SubmittedOrder.Verdict.Waiting waiting -> {
                Label wait = emphasised(words("hospital.result.waiting"), "order-waiting");
                wait.getStyleClass().add(StyleClasses.BANNER_WARNING); // what the receptionist must not say yet
                nodes.add(wait);
            }
            case SubmittedOrder.Verdict.Paid paid -> {
                Label done = wrapped(words("hospital.result.paid", Yuan.shown(submitted.amountFen()),
                        submitted.charityName()), "order-paid");
                done.getStyleClass().add(StyleClasses.HEADING);
                nodes.add(done);
                nodes.add(emphasised(words("hospital.result.left", Yuan.shown(submitted.remainingAfterFen())),
                        "order-paid-left"));
            }
            case SubmittedOrder.Verdict.Refused refused -> {
                nodes.add(emphasised(words("hospital.result.refused"), "order-refused"));
                nodes.add(wrapped(MatchWords.of(refused.code(), order, submitted.amountFen(), zone)
                        .in(text.messages()), "order-refused-why"));
            }
        }
        model.slip.get().ifPresent(slip -> nodes.add(wrapped(slip.in(text.messages()), "order-slip-saved")));
        VBox panel = panel(nodes.toArray(Node[]::new));
        HBox.setHgrow(panel, Priority.ALWAYS);
        return panel;
    }

    private HospitalOrderForm typed() {
        return new HospitalOrderForm(number.getText(), lines.stream()
                .map(line -> new BillLine(line[0].getText(), line[1].getText())).toList());
    }

    private static TextField field(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add(StyleClasses.FORM_FIELD);
        field.setPrefColumnCount(columns);
        return field;
    }
}
