package org.huzhu.kiosk.ui.volunteer;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.community.VolunteerTask;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.ui.session.Pages;
import org.huzhu.kiosk.ui.session.ResidentSession;
import org.huzhu.kiosk.ui.session.SessionView;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.themes.StyleClasses;

/**
 * One panel per task of today, two to a page: its title, time, place and length, and on the right a button that says
 * what it will do ("Check in", "Check out") or, once checked out, the status of the minutes. Above them, what the last
 * tap did; when there are more tasks, "More tasks" is the screen's main action, between Back and Home.
 */
final class VolunteerView extends SessionView {

    private final VolunteerModel model;
    private final ResidentSession session;
    private final VolunteerController controller;
    private final Label done = new Label();
    private final Button more;

    VolunteerView(VolunteerModel model, ResidentSession session, VolunteerController controller) {
        super(session.text(), session.navigator(), true);
        this.model = model;
        this.session = session;
        this.controller = controller;
        done.setId("volunteer-done");
        done.setWrapText(true);
        done.setMaxWidth(Double.MAX_VALUE);
        more = primaryAction("volunteer-more", controller::onMore);
        model.tasks.addListener((observable, before, after) -> render());
        model.page.addListener((observable, before, after) -> render());
        model.outcome.addListener((observable, before, after) -> render());
    }

    @Override
    protected StringExpression titleText() {
        return text.text("volunteer.title");
    }

    @Override
    protected void render() {
        var messages = text.messages();
        List<VolunteerTask> tasks = model.tasks.get();
        done.setText(model.outcome.get().map(outcome -> doneWords(messages, outcome)).orElse(""));
        if (model.outcome.get().orElse(null) instanceof VolunteerModel.Failed failed) {
            showFailure(failed.failure());
        } else {
            showProblem(null);
        }
        more.setText(words("volunteer.more"));
        more.setVisible(Pages.paged(tasks.size(), VolunteerController.PER_PAGE));
        List<Node> rows = new ArrayList<>();
        if (!done.getText().isEmpty()) {
            rows.add(done);
        }
        if (tasks.isEmpty()) {
            rows.add(wrapped(words("volunteer.none")));
        }
        for (VolunteerTask task : Pages.slice(tasks, model.page.get(), VolunteerController.PER_PAGE)) {
            rows.add(row(messages, task));
        }
        content.getChildren().setAll(rows);
    }

    private String doneWords(Messages messages, VolunteerModel.Outcome outcome) {
        return switch (outcome) {
            case VolunteerModel.CheckedIn in -> words("volunteer.done.checkIn", in.task().title(messages.language()));
            case VolunteerModel.CheckedOut out ->
                    words("volunteer.done.checkOut", messages.minutes(out.minutes()));
            case VolunteerModel.Failed failed -> "";
        };
    }

    private HBox row(Messages messages, VolunteerTask task) {
        // Title and details in body type, so two tasks with long English titles still fit a page.
        Label title = wrapped(task.title(messages.language()));
        Label details = wrapped(words("volunteer.task.details", Words.time(messages, task.startsAt(), session.zone()),
                task.place(messages.language()), messages.minutes(task.minutes())));
        details.setId("task-details-" + task.id());
        details.getStyleClass().add(StyleClasses.MUTED);
        VBox what = new VBox(4, title, details);
        what.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox row = new HBox(24, what, action(messages, task));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(StyleClasses.PANEL);
        return row;
    }

    /** The one thing to do next at this task, or its status when there is nothing left to do here. */
    private Node action(Messages messages, VolunteerTask task) {
        return switch (task.attendance()) {
            case VolunteerTask.NotCheckedIn none -> button("check-in-" + task.id(), words("volunteer.checkIn"),
                    () -> controller.onCheckIn(task));
            case VolunteerTask.CheckedIn in -> {
                VBox column = new VBox(8, status(task, words("volunteer.checkedIn",
                        Words.time(messages, in.at(), session.zone()))), button("check-out-" + task.id(),
                        words("volunteer.checkOut"), () -> controller.onCheckOut(task)));
                column.setAlignment(Pos.CENTER_RIGHT);
                yield column;
            }
            case VolunteerTask.WaitingForConfirmation waiting -> status(task,
                    words("volunteer.waiting", messages.minutes(waiting.minutes())));
            case VolunteerTask.Confirmed confirmed -> status(task,
                    words("volunteer.confirmed", messages.minutes(confirmed.minutes())));
        };
    }

    private Button button(String id, String label, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.setPrefSize(260, 80);
        button.setWrapText(true);
        button.disableProperty().bind(model.working);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label status(VolunteerTask task, String words) {
        Label status = wrapped(words);
        status.setId("task-status-" + task.id());
        status.setMinWidth(Region.USE_PREF_SIZE);
        return status;
    }

    private static Label wrapped(String words) {
        Label label = new Label(words);
        label.setWrapText(true);
        return label;
    }
}
