package org.huzhu.kiosk.ui.counter.statement;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.desk.Corrections;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.StatementEntry;
import org.huzhu.themes.StyleClasses;

/**
 * The resident's member number and balance, then their history a page at a time: each entry's day and time, what
 * happened in plain words, what became of it (reversed, and by which correction), a reversal recorded here that is
 * on its way or was refused, and "Reverse…" where an entry can be. Reversing shows the entry alone with the reason
 * field (built once, so typing keeps its focus) and "Record the reversal". Print, back, and paging are the actions.
 */
final class StatementView extends CounterView {

    private final StatementModel model;
    private final ZoneId zone;
    private final StatementController controller;
    /** The entries' words in the language shown: made afresh by every render. */
    private EntryWords entryWords;
    private final TextField reason = new TextField();

    StatementView(StatementModel model, UiText text, ZoneId zone, StatementController controller) {
        super(text);
        this.model = model;
        this.zone = zone;
        this.entryWords = new EntryWords(text.messages(), zone);
        this.controller = controller;
        reason.setId("statement-reason");
        reason.getStyleClass().add(StyleClasses.FORM_FIELD);
        reason.setMaxWidth(READABLE_WIDTH);
        reason.setOnAction(event -> controller.onRecordReversal(reason.getText()));
        refreshOnChange(model.page);
        refreshOnChange(model.loading);
        refreshOnChange(model.problem);
        refreshOnChange(model.notice);
        refreshOnChange(model.reversing);
        refreshOnChange(model.working);
        refreshOnChange(model.printing);
    }

    @Override
    protected String titleText() {
        return model.page.get().map(page -> words("counter.statement.title", page.statement().resident()
                .displayName())).orElseGet(() -> words("counter.statement.titleLoading"));
    }

    @Override
    protected void render() {
        entryWords = new EntryWords(text.messages(), zone);
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        List<Node> nodes = new ArrayList<>();
        model.notice.get().ifPresent(notice -> nodes.add(emphasised(notice.in(text.messages()), "statement-notice")));
        Optional<StatementPage> page = model.page.get();
        Optional<StatementEntry> reversing = model.reversing.get();
        if (page.isPresent() && reversing.isPresent()) {
            nodes.add(reverseForm(page.get(), reversing.get()));
        } else if (page.isPresent()) {
            nodes.add(summary(page.get().statement().resident()));
            nodes.add(entries(page.get()));
        } else {
            reason.clear();
        }
        if (model.loading.get() && page.isEmpty()) {
            nodes.add(busy(words("counter.statement.loading"), "statement-loading"));
        }
        if (model.working.get()) {
            nodes.add(busy(words("counter.enrol.recording"), "statement-recording"));
        }
        if (model.printing.get()) {
            nodes.add(busy(words("counter.statement.printing"), "statement-printing"));
        }
        showContent(nodes);
        showActions(reversing.isPresent() && page.isPresent() ? reverseActions() : pageActions(page));
    }

    private Node summary(ResidentSummary resident) {
        Label line = wrapped(words("counter.statement.summary", resident.memberNumber(),
                text.messages().minutes(resident.balanceMinutes())), "statement-summary");
        line.getStyleClass().add(StyleClasses.EMPHASIS);
        return line;
    }

    private Node entries(StatementPage page) {
        Page<StatementEntry> entries = page.statement().entries();
        if (entries.items().isEmpty()) {
            return panel(wrapped(words("counter.statement.empty"), "statement-empty"));
        }
        GridPane grid = new GridPane(24, 12);
        grid.getStyleClass().add(StyleClasses.PANEL);
        ColumnConstraints when = new ColumnConstraints();
        when.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        what.setMinWidth(0); // what happened wraps; the day and the button keep their width
        ColumnConstraints button = new ColumnConstraints();
        button.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(when, what, button);
        grid.setMinWidth(0);
        int row = 0;
        for (int i = 0; i < entries.items().size(); i++) {
            StatementEntry entry = entries.items().get(i);
            // Day over time: a long English day ("Wednesday 23 December") never crowds out what happened.
            Label day = new Label(entryWords.day(entry));
            day.setId("entry-when-" + i);
            day.getStyleClass().add(StyleClasses.MUTED);
            day.setMinWidth(Region.USE_PREF_SIZE);
            Label time = new Label(entryWords.time(entry));
            time.getStyleClass().add(StyleClasses.MUTED);
            VBox at = new VBox(day, time);
            VBox said = new VBox(emphasised(entryWords.what(entry, page), "entry-what-" + i));
            said.setStyle("-fx-spacing: 0.2em;");
            final int index = i;
            entryWords.note(entry, page).ifPresent(note -> said.getChildren().add(muted(note, "entry-note-" + index)));
            entryWords.local(entry, page).ifPresent(local -> said.getChildren().add(localLine(local, index,
                    page.localReversal(entry).orElseThrow().standing() == Corrections.Standing.REFUSED)));
            grid.add(at, 0, row);
            grid.add(said, 1, row);
            if (reversibleNow(entry, page)) {
                Button reverse = action("entry-reverse-" + i, words("counter.statement.reverse"), false,
                        () -> controller.onReverse(entry));
                reverse.disableProperty().bind(model.working);
                reverse.setMinWidth(Region.USE_PREF_SIZE);
                GridPane.setValignment(reverse, VPos.TOP); // level with the entry's first line
                grid.add(reverse, 2, row);
            }
            row++;
        }
        Label range = muted(words("counter.statement.range", entries.offset() + 1,
                entries.offset() + entries.items().size(), entries.total()), "statement-range");
        VBox list = new VBox(grid, range);
        list.setStyle("-fx-spacing: 0.3em;");
        return list;
    }

    /**
     * Reversible, on an account that is open (a closed one stays at 0: the server refuses it), and no reversal of it
     * recorded here is on its way (a refused one may be tried again).
     */
    private static boolean reversibleNow(StatementEntry entry, StatementPage page) {
        return Corrections.reversible(entry) && !"closed".equals(page.statement().resident().status())
                && page.localReversal(entry)
                .map(reversal -> reversal.standing() == Corrections.Standing.REFUSED).orElse(true);
    }

    private Node reverseForm(StatementPage page, StatementEntry entry) {
        Messages messages = text.messages();
        Label question = emphasised(words("counter.statement.reverseQuestion"), "statement-reverse-question");
        Label which = wrapped(words("counter.statement.reverseEntry", entryWords.when(entry),
                entryWords.what(entry, page)), "statement-reverse-entry");
        Label means = wrapped(words("counter.statement.reverseMeans",
                entryWords.signed(-entry.minutes())), "statement-reverse-means");
        Label reasonName = wrapped(messages.text("counter.statement.reason"), "statement-reason-name");
        reasonName.getStyleClass().add(StyleClasses.MUTED);
        reason.setPromptText(messages.text("counter.statement.reasonHint"));
        return panel(question, which, means, reasonName, reason);
    }

    private List<Button> reverseActions() {
        Button record = action("statement-record-reversal", words("counter.statement.record"), true,
                () -> controller.onRecordReversal(reason.getText()));
        record.disableProperty().bind(model.working.or(reason.textProperty().isEmpty()));
        Button cancel = action("statement-cancel-reversal", words("counter.enrol.cancel"), false, () -> {
            reason.clear();
            controller.onCancelReverse();
        });
        cancel.disableProperty().bind(model.working);
        return List.of(record, cancel);
    }

    private List<Button> pageActions(Optional<StatementPage> page) {
        List<Button> buttons = new ArrayList<>();
        reason.clear();
        Button print = action("statement-print", words("counter.statement.print"), true, controller::onPrint);
        if (page.isEmpty()) {
            print.setDisable(true); // nothing to print until the server answered
        } else {
            print.disableProperty().bind(model.printing);
        }
        buttons.add(print);
        page.map(shown -> shown.statement().entries()).ifPresent(entries -> {
            if (entries.offset() > 0) {
                buttons.add(action("statement-newer", words("counter.statement.newer"), false, controller::onNewer));
            }
            if (entries.hasMore()) {
                buttons.add(action("statement-older", words("counter.statement.older"), false, controller::onOlder));
            }
        });
        buttons.add(action("statement-refresh", words("counter.statement.refresh"), false, controller::onRefresh));
        buttons.add(action("statement-back", words("counter.statement.back"), false, controller::onBack));
        return buttons;
    }

    /** A reversal recorded here: on its way in bold; refused marked as a warning, as the problem line is. */
    private static Label localLine(String words, int index, boolean refused) {
        Label line = emphasised(words, "entry-local-" + index);
        if (refused) {
            line.getStyleClass().add(StyleClasses.BANNER_WARNING);
        }
        return line;
    }

    private static Label muted(String words, String id) {
        Label label = wrapped(words, id);
        label.getStyleClass().add(StyleClasses.MUTED);
        return label;
    }
}
