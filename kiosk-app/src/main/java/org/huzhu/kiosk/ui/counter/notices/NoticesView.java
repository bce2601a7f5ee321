package org.huzhu.kiosk.ui.counter.notices;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.community.Notice;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.protocol.payload.NoticePosted;
import org.huzhu.themes.StyleClasses;

/**
 * A form on the left (the notice in Chinese and in English, its first and last day) and on the right the notices not
 * yet over, each in the current language with its days and "Withdraw", or "withdrawn". The form's inputs are built
 * once, so what staff typed survives a language switch; "Post notice" is the screen's main action.
 */
final class NoticesView extends CounterView {

    /** The form's column (29em: its field names on one line each); the list takes the rest of the width. */
    private static final String FORM_WIDTH = "-fx-min-width: 29em; -fx-max-width: 29em;";
    /** As many notices as fit beside the form at 1366 × 690 without scrolling; the rest are counted. */
    private static final int LISTED = 2;

    private final NoticesModel model;
    private final NoticesController controller;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final TextField textZh = textField("notice-text-zh");
    private final TextField textEn = textField("notice-text-en");
    private final TextField from = new TextField();
    private final TextField until = new TextField();

    NoticesView(NoticesModel model, UiText text, LocalDate firstDay, LocalDate lastDay,
            NoticesController controller) {
        super(text);
        this.model = model;
        this.controller = controller;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        for (TextField date : List.of(from, until)) {
            date.getStyleClass().add(StyleClasses.FORM_FIELD);
            date.setPrefColumnCount(10);
        }
        from.setId("notice-from");
        until.setId("notice-until");
        clearForm();
        refreshOnChange(model.notices);
        refreshOnChange(model.done);
        refreshOnChange(model.problem);
        refreshOnChange(model.working);
    }

    /** Empties the texts and puts the days back to their defaults, after a notice was posted. */
    void clearForm() {
        textZh.clear();
        textEn.clear();
        from.setText(firstDay.toString());
        until.setText(lastDay.toString());
    }

    @Override
    protected String titleText() {
        return words("counter.notices.title");
    }

    @Override
    protected void render() {
        Messages messages = text.messages();
        showProblem(model.problem.get().map(problem -> problem.in(messages)));
        textZh.setPromptText(words("counter.notices.zh.prompt"));
        textEn.setPromptText(words("counter.notices.en.prompt"));
        from.setPromptText(words("counter.notices.date.prompt"));
        until.setPromptText(words("counter.notices.date.prompt"));
        VBox fromField = new VBox(wrapped(words("counter.notices.from"), "notice-from-name"), from);
        VBox untilField = new VBox(wrapped(words("counter.notices.until"), "notice-until-name"), until);
        HBox days = new HBox(fromField, untilField);
        days.setStyle("-fx-spacing: 1em;");
        VBox form = panel(emphasised(words("counter.notices.new"), "notice-new"),
                wrapped(words("counter.notices.zh", NoticePosted.MAX_TEXT), "notice-text-zh-name"), textZh,
                wrapped(words("counter.notices.en", NoticePosted.MAX_TEXT), "notice-text-en-name"), textEn, days);
        form.setStyle(FORM_WIDTH); // a panel's stylesheet minimum would win over setMinWidth

        VBox list = new VBox();
        list.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        list.setStyle("-fx-padding: 0;");
        HBox.setHgrow(list, Priority.ALWAYS);
        model.done.get().ifPresent(done -> list.getChildren().add(emphasised(done.in(messages), "notices-done")));
        List<Notice> notices = model.notices.get();
        if (notices.isEmpty()) {
            list.getChildren().add(panel(wrapped(words("counter.notices.none"), "notices-none")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern(words("counter.notices.format.date"),
                messages.language().locale());
        for (int i = 0; i < Math.min(LISTED, notices.size()); i++) {
            list.getChildren().add(notice(notices.get(i), i, date));
        }
        if (notices.size() > LISTED) {
            list.getChildren().add(wrapped(words("counter.notices.more", notices.size() - LISTED), "notices-more"));
        }
        HBox columns = new HBox(form, list);
        columns.setStyle("-fx-spacing: 1em;");
        showContent(List.of(columns));

        Button post = action("notice-post", words("counter.notices.post"), true,
                () -> controller.onPost(textZh.getText(), textEn.getText(), from.getText(), until.getText()));
        post.disableProperty().bind(model.working);
        showActions(List.of(post));
    }

    /** One notice: its text in the current language, its days, and "Withdraw" while it is shown. */
    private Node notice(Notice notice, int index, DateTimeFormatter date) {
        Label words = emphasised(notice.text(text.messages().language()), "notice-" + index);
        Label days = wrapped(words(notice.active() ? "counter.notices.days" : "counter.notices.days.withdrawn",
                date.format(notice.from()), date.format(notice.until())), "notice-days-" + index);
        HBox.setHgrow(days, Priority.ALWAYS);
        HBox when = new HBox(days); // "Withdraw" beside the days, not under them: two notices fit a laptop's height
        when.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        when.setStyle("-fx-spacing: 1em;");
        if (notice.active()) {
            Button withdraw = action("notice-withdraw-" + index, words("counter.notices.withdraw"), false,
                    () -> controller.onWithdraw(notice));
            withdraw.disableProperty().bind(model.working);
            withdraw.setStyle("-fx-min-width: 8em;"); // the days wrap rather than the button shrink
            when.getChildren().add(withdraw);
        }
        VBox panel = panel(words, when);
        panel.setMaxWidth(Double.MAX_VALUE);
        return panel;
    }

    /** One line per language: a notice is a sentence or two, and the form must fit a laptop's height. */
    private static TextField textField(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add(StyleClasses.FORM_FIELD);
        return field;
    }
}
