package org.huzhu.kiosk.ui.counter.volunteers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.desk.SettledHere;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.protocol.counter.VolunteerSession;
import org.huzhu.themes.StyleClasses;

/**
 * The list of volunteer sessions: one panel per task (its title, start and length, and "confirm all" when two or
 * more of its volunteers checked out and wait), a row per volunteer (who, times, checked minutes, where it stands,
 * "confirm…" while it waits and was not settled here), scrolling when long. Built afresh on every render, in a
 * scroll pane built once.
 */
final class SessionList {

    /** Who, times and checked minutes at the counter's 18 px text: wide enough for most names and both languages. */
    private static final double[] COLUMN_WIDTHS = {180, 200, 130};
    /** Where a session stands wraps rather than crowd out its button, but not into a column of single words. */
    private static final double STATUS_MIN_WIDTH = 200;
    /** Under the list, with the spacing around it more than a line of text. */
    private static final double LIST_MARGIN = 16;

    private final VolunteersModel model;
    private final VolunteersController controller;
    /** Built once, so a list worded again (a language switch, a session recorded) keeps its scroll position. */
    private final ScrollPane scroll = new ScrollPane();
    private final OutOfSight outOfSight = new OutOfSight(scroll);

    SessionList(VolunteersModel model, VolunteersController controller) {
        this.model = model;
        this.controller = controller;
        scroll.setId("volunteers-list");
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: -color-bg; -fx-padding: 0;");
        // Only as tall as the window leaves (the view lets the content area grow): long lists scroll, and the
        // problem line and the actions under the list keep their full height.
        scroll.setMinHeight(0);
        scroll.setPrefHeight(0);
        VBox.setVgrow(scroll, Priority.ALWAYS);
    }

    /** The list of {@code byTask} (in order), and a strip of page under it; nothing when there are no sessions. */
    List<Node> nodes(SessionWords says, Map<String, List<VolunteerSession>> byTask) {
        if (byTask.isEmpty()) {
            return List.of();
        }
        List<Node> lines = new ArrayList<>();
        VBox tasks = new VBox();
        tasks.getStyleClass().add(StyleClasses.COUNTER_CONTENT);
        tasks.setStyle("-fx-padding: 0 0.5em 0 0;");
        byTask.forEach((task, sessions) -> tasks.getChildren().add(taskPanel(says, task, sessions, lines)));
        scroll.setContent(tasks);
        outOfSight.watch(lines);
        // A row half scrolled out of sight is cut off over the page, not over the problem line's colour.
        Region below = new Region();
        below.setMinHeight(LIST_MARGIN);
        return List.of(scroll, below);
    }

    private Node taskPanel(SessionWords says, String task, List<VolunteerSession> sessions, List<Node> lines) {
        Messages messages = says.messages();
        Label title = new Label(says.task(sessions.getFirst()));
        title.setId("volunteers-task-" + task);
        title.getStyleClass().add(StyleClasses.EMPHASIS);
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox header = new HBox(title);
        header.setStyle("-fx-spacing: 1em; -fx-alignment: center-left;");
        List<VolunteerSession> activity = VolunteersController.activityOf(task, sessions, model.settledHere.get());
        if (activity.size() >= 2) {
            header.getChildren().add(button("volunteers-activity-" + task,
                    messages.format("counter.volunteers.activity", activity.size()),
                    () -> controller.onChooseActivity(activity)));
        }
        VBox panel = new VBox(header);
        panel.getStyleClass().add(StyleClasses.PANEL);
        panel.setStyle("-fx-spacing: 0.5em;");
        lines.add(header);
        for (VolunteerSession session : sessions) {
            Node row = row(says, session);
            panel.getChildren().add(row);
            lines.add(row);
        }
        return panel;
    }

    private Node row(SessionWords says, VolunteerSession session) {
        String id = "session-" + session.taskId() + "-" + session.volunteerId();
        Label who = cell(says.who(session), id + "-who", COLUMN_WIDTHS[0]);
        who.getStyleClass().add(StyleClasses.EMPHASIS);
        Label times = cell(says.times(session), id + "-times", COLUMN_WIDTHS[1]);
        Label checked = cell(says.checked(session), id + "-checked", COLUMN_WIDTHS[2]);
        Label status = new Label(says.status(session, model.settledHere.get()));
        status.setId(id + "-status");
        status.setWrapText(true);
        status.setMinWidth(STATUS_MIN_WIDTH);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox row = new HBox(who, times, checked, status);
        row.setStyle("-fx-spacing: 1em; -fx-alignment: center-left;");
        row.setMinHeight(Region.USE_PREF_SIZE);
        if (VolunteersView.waiting(session) && !model.settledHere.get().containsKey(SettledHere.Pair.of(session))) {
            row.getChildren().add(button(id + "-confirm", says.messages().text("counter.volunteers.confirm"),
                    () -> controller.onChoose(session)));
        } else {
            // As tall as the rows with a button, so the list keeps its rhythm.
            row.setStyle(row.getStyle() + " -fx-min-height: 2.5em;");
        }
        return row;
    }

    /** An outlined button in a row, never squeezed, doing nothing while something is recorded. */
    private Button button(String id, String label, Runnable onPress) {
        Button button = new Button(label);
        button.setId(id);
        button.getStyleClass().add(StyleClasses.BUTTON_SECONDARY);
        button.setOnAction(event -> onPress.run());
        button.disableProperty().bind(model.working);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** A cell of a column: at least {@code width} wide, so rows line up; wider for an unusually long entry. */
    private static Label cell(String words, String id, double width) {
        Label label = new Label(words);
        label.setId(id);
        label.setMinWidth(width);
        return label;
    }
}
