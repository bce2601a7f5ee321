package org.huzhu.kiosk.ui.counter.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Details;
import org.huzhu.protocol.counter.Report;
import org.huzhu.themes.StyleClasses;

/**
 * Left, the period: day, month or range, its days (date pickers) and the days without exchange that make a resident
 * inactive. Right, the report: its heading, the ledger sum (a fault stands out), and one part at a time (totals,
 * bookings per service, volunteers, new and inactive residents) a few rows a page; where the last export went. The
 * actions: show the report, and once one is shown, save it as CSV or PDF. The inputs are built once, so choosing
 * keeps the keyboard focus where it is.
 */
final class ReportsView extends CounterView {

    /** Rows of a table on one page: as many as fit under the form on a 1366 × 768 laptop. */
    static final int PAGE_ROWS = 4;
    private static final double FORM_WIDTH = 300;
    /** Dates typed or picked read the same in both languages: 2026-11-23. */
    private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ReportsModel model;
    private final ReportsController controller;
    private final ToggleGroup kinds = new ToggleGroup();
    private final Map<ReportPeriod.Kind, ToggleButton> kindButtons = new EnumMap<>(ReportPeriod.Kind.class);
    private final ToggleGroup sections = new ToggleGroup();
    private final Map<ReportSection, ToggleButton> sectionButtons = new EnumMap<>(ReportSection.class);
    private final DatePicker first = datePicker("reports-first");
    private final DatePicker last = datePicker("reports-last");
    private final TextField inactiveDays = new TextField();

    ReportsView(ReportsModel model, UiText text, ReportsController controller) {
        super(text);
        this.model = model;
        this.controller = controller;
        for (ReportPeriod.Kind kind : ReportPeriod.Kind.values()) {
            kindButtons.put(kind, choice("reports-kind-" + kind.id(), kinds, () -> controller.onKind(kind)));
        }
        for (ReportSection section : ReportSection.values()) {
            sectionButtons.put(section, choice("reports-section-" + section.id(), sections,
                    () -> controller.onSection(section)));
        }
        first.setValue(model.first.get());
        last.setValue(model.last.get());
        first.valueProperty().addListener((observable, before, day) -> {
            if (day != null) {
                controller.onFirstDay(day);
            }
        });
        last.valueProperty().addListener((observable, before, day) -> {
            if (day != null) {
                controller.onLastDay(day);
            }
        });
        inactiveDays.setId("reports-inactive-days");
        inactiveDays.getStyleClass().add(StyleClasses.FORM_FIELD);
        inactiveDays.setPrefColumnCount(4);
        inactiveDays.setMaxWidth(120);
        inactiveDays.setText(model.inactiveDays.get());
        inactiveDays.textProperty().addListener((observable, before, typed) -> controller.onInactiveDays(typed));
        refreshOnChange(model.kind);
        refreshOnChange(model.report);
        refreshOnChange(model.section);
        refreshOnChange(model.page);
        refreshOnChange(model.loading);
        refreshOnChange(model.saving);
        refreshOnChange(model.problem);
        refreshOnChange(model.saved);
    }

    @Override
    protected String titleText() {
        return words("counter.reports.title");
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        VBox form = form();
        VBox result = result();
        HBox.setHgrow(result, Priority.ALWAYS);
        HBox columns = new HBox(form, result);
        columns.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        columns.setStyle("-fx-padding: 0; -fx-spacing: 1.5em;");
        showContent(List.of(columns));
        List<Button> actions = new ArrayList<>();
        actions.add(action("reports-show", words("counter.reports.show"), true, controller::onShow));
        if (model.report.get().isPresent() && !model.loading.get()) {
            actions.add(action("reports-save-csv", words("counter.reports.saveCsv"), false, controller::onSaveCsv));
            actions.add(action("reports-save-pdf", words("counter.reports.savePdf"), false, controller::onSavePdf));
        }
        showActions(actions);
    }

    private VBox form() {
        ReportPeriod.Kind kind = model.kind.get();
        kindButtons.forEach((each, button) -> {
            button.setText(words("counter.reports.kind." + each.id()));
            button.setSelected(each == kind);
        });
        FlowPane kindRow = choices(kindButtons.values());
        VBox form = new VBox(emphasised(words("counter.reports.period"), "reports-period"), kindRow,
                muted(words("counter.reports.first." + kind.id())), first);
        if (kind == ReportPeriod.Kind.RANGE) {
            form.getChildren().addAll(muted(words("counter.reports.last")), last);
        }
        form.getChildren().addAll(muted(words("counter.reports.inactiveDays")), inactiveDays);
        form.setStyle("-fx-spacing: 0.4em;");
        form.setMinWidth(FORM_WIDTH);
        form.setMaxWidth(FORM_WIDTH);
        return form;
    }

    private VBox result() {
        VBox result = new VBox();
        result.setStyle("-fx-spacing: 0.5em;");
        if (model.loading.get()) {
            result.getChildren().add(busy(words("counter.reports.loading"), "reports-loading"));
        } else if (model.report.get().isPresent()) {
            report(model.report.get().get(), result);
        } else {
            result.getChildren().add(panel(wrapped(words("counter.reports.choose"), "reports-choose")));
        }
        if (model.saving.get()) {
            result.getChildren().add(busy(words("counter.reports.saving"), "reports-saving"));
        }
        model.saved.get().ifPresent(saved -> result.getChildren().add(panel(
                emphasised(saved.in(text.messages()), "reports-saved"),
                wrapped(words("counter.reports.personalData"), "reports-personal-data"))));
        return result;
    }

    private void report(Report report, VBox result) {
        Messages messages = text.messages();
        result.getChildren().add(emphasised(ReportRows.heading(messages, report.from(), report.to()),
                "reports-heading"));
        result.getChildren().add(ledger(report));
        ReportSection section = model.section.get();
        sectionButtons.forEach((each, button) -> {
            button.setText(words("counter.reports.section." + each.id()));
            button.setSelected(each == section);
        });
        FlowPane sectionRow = choices(sectionButtons.values());
        result.getChildren().add(sectionRow);
        ReportRows rows = new ReportRows(messages, report);
        switch (section) {
            case TOTALS -> result.getChildren().add(totals(report));
            case SERVICES -> table(rows.services(), result);
            case VOLUNTEERS -> table(rows.volunteers(), result);
            case NEW_RESIDENTS -> table(rows.residents(report.newResidents()), result);
            case INACTIVE_RESIDENTS -> {
                result.getChildren().add(wrapped(words("counter.reports.inactiveMeans", report.inactiveDays()),
                        "reports-inactive-means"));
                table(rows.residents(report.inactiveResidents()), result);
            }
        }
    }

    /** Always 0, and said so; anything else is a damaged ledger, shown as the fault it is. */
    private Node ledger(Report report) {
        if (report.ledgerSumMinutes() == 0) {
            return wrapped(words("counter.reports.ledger.zero"), "reports-ledger");
        }
        Label fault = wrapped(words("counter.reports.ledger.fault", report.ledgerSumMinutes()), "reports-ledger");
        fault.getStyleClass().add(StyleClasses.BANNER_WARNING);
        return fault;
    }

    private Node totals(Report report) {
        Messages messages = text.messages();
        return Details.grid(List.of(
                new Details.Row("reports-credited", words("report.totals.credited"),
                        messages.minutes(report.creditedMinutes())),
                new Details.Row("reports-redeemed", words("report.totals.redeemed"),
                        messages.minutes(report.redeemedMinutes())),
                new Details.Row("reports-transferred", words("report.totals.transferred"),
                        messages.minutes(report.transferredMinutes())),
                new Details.Row("reports-reversed", words("report.totals.reversed"),
                        messages.minutes(report.reversedMinutes())),
                new Details.Row("reports-zone", words("counter.reports.zone"), report.zone())));
    }

    /** One page of {@code table}'s rows, and the way to the others when there are more. */
    private void table(ReportRows.Table table, VBox result) {
        List<List<String>> all = table.rows();
        if (all.isEmpty()) {
            result.getChildren().add(panel(wrapped(words("counter.reports.none"), "reports-none")));
            return;
        }
        int pages = (all.size() + PAGE_ROWS - 1) / PAGE_ROWS;
        int page = Math.min(model.page.get(), pages - 1);
        int from = page * PAGE_ROWS;
        int to = Math.min(all.size(), from + PAGE_ROWS);
        result.getChildren().add(ReportGrid.of("reports-table", table.columns(), all.subList(from, to)));
        if (pages > 1) {
            Button earlier = action("reports-rows-earlier", words("counter.reports.rows.earlier"), false,
                    () -> controller.onPage(page - 1));
            earlier.setDisable(page == 0);
            Button later = action("reports-rows-later", words("counter.reports.rows.later"), false,
                    () -> controller.onPage(page + 1));
            later.setDisable(page == pages - 1);
            Label where = new Label(words("counter.reports.rows", from + 1, to, all.size()));
            where.setId("reports-rows");
            HBox paging = new HBox(where, earlier, later);
            paging.getStyleClass().add(StyleClasses.BUTTON_ROW);
            paging.setStyle("-fx-alignment: center-left;");
            result.getChildren().add(paging);
        }
    }

    private static Label muted(String words) {
        Label label = wrapped(words, null);
        label.getStyleClass().add(StyleClasses.MUTED);
        return label;
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.getStyleClass().add(StyleClasses.FORM_FIELD);
        picker.getEditor().getStyleClass().add(StyleClasses.FORM_FIELD);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : TYPED_DAY.format(day);
            }

            @Override
            public LocalDate fromString(String typed) {
                try {
                    return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip(), TYPED_DAY);
                } catch (DateTimeParseException e) {
                    return null; // not a day: the picker keeps the day it had
                }
            }
        });
        return picker;
    }
}
