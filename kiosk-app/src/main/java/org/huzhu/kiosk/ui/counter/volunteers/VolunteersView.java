package org.huzhu.kiosk.ui.counter.volunteers;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.desk.SettledHere;
import org.huzhu.kiosk.desk.VolunteerWork;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Details;
import org.huzhu.protocol.counter.VolunteerSession;
import org.huzhu.themes.StyleClasses;

/**
 * The list: one panel per task (its title, start and length, and "confirm all" when two or more of its volunteers
 * checked out and wait), a row per volunteer (who, times, checked minutes, where it stands, "confirm…" while it
 * waits), scrolling when long. One session: its facts, the confirmation form, "confirm" and "did not come". One
 * activity: who will be confirmed with how many minutes, and "confirm all". While the server is asked or the staff
 * card signs, a spinner says so.
 */
final class VolunteersView extends CounterView {

    /** The session's facts and the form, one width: a task's title, start and length on one line. */
    private static final double FORM_WIDTH = 860;

    private final VolunteersModel model;
    private final ZoneId zone;
    private final VolunteersController controller;
    private final ConfirmForm form;
    private final SessionList sessionList;
    /** The frame's content area, once known: the list fills the window's height, the other steps do not. */
    private Region contentArea;

    VolunteersView(VolunteersModel model, UiText text, ZoneId zone, VolunteersController controller) {
        super(text);
        this.model = model;
        this.zone = zone;
        this.controller = controller;
        this.form = new ConfirmForm(model, controller);
        this.sessionList = new SessionList(model, controller);
        refreshOnChange(model.step);
        refreshOnChange(model.loading);
        refreshOnChange(model.sessions);
        refreshOnChange(model.settledHere);
        refreshOnChange(model.problem);
        refreshOnChange(model.notice);
        refreshOnChange(model.working);
    }

    /** A session staff still have to settle, as the server lists it. */
    static boolean waiting(VolunteerSession session) {
        return VolunteerSession.CHECKED_IN.equals(session.status())
                || VolunteerSession.CHECKED_OUT.equals(session.status());
    }

    @Override
    protected String titleText() {
        SessionWords says = says();
        return switch (model.step.get()) {
            case LIST -> words("counter.volunteers.title");
            case CONFIRM_ONE -> words("counter.volunteers.confirm.title",
                    says.who(model.chosen.get().orElseThrow()));
            case CONFIRM_ACTIVITY -> words("counter.volunteers.activity.title",
                    says.title(model.chosen.get().orElseThrow()));
        };
    }

    @Override
    protected void render() {
        if (contentArea != null) {
            VBox.setVgrow(contentArea, null);
        }
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        switch (model.step.get()) {
            case LIST -> list();
            case CONFIRM_ONE -> confirmOne();
            case CONFIRM_ACTIVITY -> confirmActivity();
        }
    }

    private void list() {
        SessionWords says = says();
        List<Node> nodes = new ArrayList<>();
        if (model.loading.get()) {
            nodes.add(busy(words("counter.volunteers.loading"), "volunteers-loading"));
        }
        model.notice.get().ifPresent(notice -> nodes.add(emphasised(noticeWords(notice, says), "volunteers-notice")));
        Map<String, List<VolunteerSession>> byTask = new LinkedHashMap<>();
        for (VolunteerSession session : model.sessions.get()) {
            byTask.computeIfAbsent(session.taskId(), task -> new ArrayList<>()).add(session);
        }
        if (byTask.isEmpty() && !model.loading.get() && model.problem.get().isEmpty()) {
            nodes.add(panel(wrapped(words("counter.volunteers.none"), "volunteers-none")));
        }
        List<Node> listed = sessionList.nodes(says, byTask);
        nodes.addAll(listed);
        showContent(nodes);
        if (!listed.isEmpty()) {
            // The list takes the height the window leaves; the frame's content area is the list's parent.
            contentArea = (Region) listed.getFirst().getParent();
            VBox.setVgrow(contentArea, Priority.ALWAYS);
        }
        Button refresh = action("volunteers-refresh", words("counter.volunteers.refresh"), true,
                controller::onRefresh);
        refresh.disableProperty().bind(model.loading);
        showActions(List.of(refresh));
    }

    private void confirmOne() {
        VolunteerSession session = model.chosen.get().orElseThrow();
        SessionWords says = says();
        List<Node> nodes = new ArrayList<>();
        nodes.add(facts(says, session));
        Region fields = form.build(text.messages(), VolunteerWork.maxMinutes(session));
        fields.setMaxWidth(FORM_WIDTH);
        nodes.add(fields);
        if (model.working.get()) {
            nodes.add(busy(words("counter.enrol.recording"), "volunteers-recording"));
        }
        showContent(nodes);
        Button confirm = action("volunteer-confirm", words("counter.volunteers.confirm.record"), true,
                controller::onConfirm);
        Button noShow = action("volunteer-no-show", words("counter.volunteers.confirm.noShow"), false,
                controller::onNoShow);
        Button back = action("volunteer-back", words("counter.volunteers.back"), false, controller::onBack);
        for (Button button : List.of(confirm, noShow, back)) {
            button.disableProperty().bind(model.working);
        }
        showActions(List.of(confirm, noShow, back));
    }

    private Node facts(SessionWords says, VolunteerSession session) {
        GridPane grid = Details.grid(List.of(
                new Details.Row("volunteer-task", words("counter.volunteers.confirm.task"), says.task(session)),
                new Details.Row("volunteer-times", words("counter.volunteers.confirm.times"),
                        says.times(session)),
                new Details.Row("volunteer-checked", words("counter.volunteers.confirm.checked"),
                        says.checked(session))));
        grid.setPrefWidth(FORM_WIDTH);
        grid.setMaxWidth(FORM_WIDTH);
        return grid;
    }

    private void confirmActivity() {
        SessionWords says = says();
        List<VolunteerSession> activity = model.activity.get();
        List<Details.Row> rows = new ArrayList<>();
        for (VolunteerSession session : activity) {
            rows.add(new Details.Row("activity-" + session.volunteerId(), says.who(session),
                    says.checked(session)));
        }
        GridPane who = Details.grid(rows);
        who.setMaxWidth(READABLE_WIDTH);
        List<Node> nodes = new ArrayList<>(List.of(
                wrapped(words("counter.volunteers.activity.body", activity.size()), "activity-body"), who));
        if (model.working.get()) {
            nodes.add(busy(words("counter.enrol.recording"), "volunteers-recording"));
        }
        showContent(nodes);
        Button all = action("activity-confirm", words("counter.volunteers.activity.confirm", activity.size()),
                true, controller::onConfirmActivity);
        Button back = action("volunteer-back", words("counter.volunteers.back"), false, controller::onBack);
        all.disableProperty().bind(model.working);
        back.disableProperty().bind(model.working);
        showActions(List.of(all, back));
    }

    private String noticeWords(Notice notice, SessionWords says) {
        VolunteerSession first = notice.sessions().getFirst();
        return switch (notice.kind()) {
            case CONFIRMED -> words("counter.volunteers.done.confirmed", says.who(first), says.title(first),
                    text.messages().minutes(notice.minutes()));
            case NO_SHOW -> words("counter.volunteers.done.noShow", says.who(first), says.title(first));
            case ACTIVITY -> words("counter.volunteers.done.activity", says.title(first), notice.sessions().size(),
                    text.messages().minutes(notice.minutes()));
        };
    }

    private SessionWords says() {
        return new SessionWords(text.messages(), zone);
    }
}
