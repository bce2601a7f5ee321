package org.huzhu.kiosk.ui.counter.volunteers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.desk.SettledHere;
import org.huzhu.kiosk.desk.VolunteerWork;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.counter.VolunteerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Volunteer work at the counter: the sessions of every kiosk as the server lists them (waiting first, grouped by
 * task), each confirmed with its minutes, a reason when they differ from the checked duration, and an optional
 * rating, or marked as a no-show; or every checked-out volunteer of one task confirmed at once. The list is read and
 * every action recorded off the FX thread; what this counter recorded shows as on its way until the server's list
 * says so, and cannot be recorded twice. Without a server (not enrolled, or unreachable) the screen says so; nothing
 * recorded here is lost, it waits in the outbox.
 */
public final class VolunteersController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(VolunteersController.class);
    /** The waiting sessions a centre has at once fit one page (200 is the server's largest). */
    private static final int WAITING_LIMIT = 200;
    /** The settled sessions shown after the waiting ones: the latest, for staff to see what just happened. */
    private static final int SETTLED_LIMIT = 50;

    private final VolunteersModel model = new VolunteersModel();
    private final VolunteersView view;
    private final DeskSession session;

    public VolunteersController(DeskSession session) {
        this.session = session;
        this.view = new VolunteersView(model, session.text(), session.zone(), this);
        model.minutesText.addListener((observable, before, typed) -> model.reasonNeeded.set(
                model.chosen.get().map(chosen -> typedMinutes().map(minutes ->
                        VolunteerWork.needsReason(chosen, minutes)).orElse(true)).orElse(false)));
        // A refusal said before staff changed the form is about what is no longer there.
        model.minutesText.addListener((observable, before, typed) -> clearProblemWhileEditing());
        model.reason.addListener((observable, before, typed) -> clearProblemWhileEditing());
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        load();
    }

    void onRefresh() {
        model.notice.set(Optional.empty());
        load();
    }

    void onChoose(VolunteerSession chosen) {
        model.problem.set(Optional.empty());
        model.notice.set(Optional.empty());
        model.reason.set("");
        model.note.set("");
        model.stars.set(0);
        model.chosen.set(Optional.of(chosen));
        model.minutesText.set(Integer.toString(VolunteerWork.defaultMinutes(chosen)));
        model.step.set(VolunteersStep.CONFIRM_ONE);
    }

    void onChooseActivity(List<VolunteerSession> activity) {
        model.problem.set(Optional.empty());
        model.notice.set(Optional.empty());
        model.activity.set(List.copyOf(activity));
        model.chosen.set(Optional.of(activity.getFirst()));
        model.step.set(VolunteersStep.CONFIRM_ACTIVITY);
    }

    void onStars(int stars) {
        model.stars.set(stars);
    }

    void onBack() {
        model.problem.set(Optional.empty());
        model.step.set(VolunteersStep.LIST);
    }

    void onConfirm() {
        VolunteerSession chosen = model.chosen.get().orElseThrow();
        Optional<Integer> minutes = typedMinutes();
        if (minutes.isEmpty()) {
            model.problem.set(Optional.of(Sentence.of("counter.volunteers.confirm.minutesInvalid")));
            return;
        }
        Optional<VolunteerWork.Rating> rating = model.stars.get() == 0 ? Optional.empty()
                : Optional.of(new VolunteerWork.Rating(model.stars.get(), model.note.get()));
        VolunteerWork.Confirmation confirmation = new VolunteerWork.Confirmation(chosen, minutes.get(),
                model.reason.get(), rating);
        record(() -> session.desk().volunteers().confirm(session.staff(), confirmation),
                new Notice(Notice.Kind.CONFIRMED, List.of(chosen), minutes.get()));
    }

    void onNoShow() {
        VolunteerSession chosen = model.chosen.get().orElseThrow();
        String reason = model.reason.get();
        record(() -> session.desk().volunteers().noShow(session.staff(), chosen, reason),
                new Notice(Notice.Kind.NO_SHOW, List.of(chosen), 0));
    }

    void onConfirmActivity() {
        List<VolunteerSession> activity = model.activity.get();
        int minutes = activity.stream().mapToInt(VolunteerSession::checkedOutMinutes).sum();
        record(() -> session.desk().volunteers().confirmActivity(session.staff(), activity),
                new Notice(Notice.Kind.ACTIVITY, activity, minutes));
    }

    /** The checked-out sessions of {@code task} in {@code sessions} that a batch may confirm: none settled here. */
    static List<VolunteerSession> activityOf(String taskId, List<VolunteerSession> sessions,
            Map<SettledHere.Pair, SettledHere.Settled> settledHere) {
        return sessions.stream().filter(s -> s.taskId().equals(taskId) && VolunteerWork.batchable(s)
                && !settledHere.containsKey(SettledHere.Pair.of(s))).toList();
    }

    /** A recorded action, then what is settled here read again (the server's list is not changed yet). */
    private void record(DeskAction action, Notice done) {
        model.problem.set(Optional.empty());
        Background.recordOnce(model.working, () -> {
            action.run();
            return session.desk().volunteers().settledHere();
        }, settled -> {
            model.settledHere.set(settled);
            model.notice.set(Optional.of(done));
            model.step.set(VolunteersStep.LIST);
        }, failure -> {
            LOG.warn("Volunteer work was not recorded: {}", failure.getMessage());
            model.problem.set(Optional.of(Sentence.refusal(failure)));
        });
    }

    private void load() {
        model.problem.set(Optional.empty());
        Optional<CounterClient> server = session.server();
        if (server.isEmpty()) {
            readSettledHere();
            model.problem.set(Optional.of(Sentence.of("counter.volunteers.problem.notEnrolled")));
            return;
        }
        if (model.loading.get()) {
            return;
        }
        model.loading.set(true);
        Background.run(() -> new Listing(sessions(server.get()), session.desk().volunteers().settledHere()),
                listing -> {
                    model.loading.set(false);
                    model.settledHere.set(listing.settledHere());
                    model.sessions.set(listing.sessions());
                }, failure -> {
                    model.loading.set(false);
                    LOG.warn("The volunteer sessions could not be read: {}", failure.getMessage());
                    model.problem.set(Optional.of(loadProblem(failure)));
                    readSettledHere();
                });
    }

    /** Blocking: the waiting sessions, then the latest settled ones, each once. */
    private List<VolunteerSession> sessions(CounterClient server) throws SyncException {
        List<VolunteerSession> waiting = server.volunteerSessions(session.staff(), true, 0, WAITING_LIMIT).items();
        Set<SettledHere.Pair> listed = waiting.stream().map(SettledHere.Pair::of).collect(Collectors.toSet());
        List<VolunteerSession> all = new ArrayList<>(waiting);
        for (VolunteerSession settled : server.volunteerSessions(session.staff(), false, 0, SETTLED_LIMIT).items()) {
            if (!listed.contains(SettledHere.Pair.of(settled))) {
                all.add(settled);
            }
        }
        return all;
    }

    /** What this counter recorded, shown with the (possibly old) list even when the server cannot be asked. */
    private void readSettledHere() {
        Background.run(() -> session.desk().volunteers().settledHere(), model.settledHere::set,
                failure -> LOG.error("Reading the volunteer work recorded here failed", failure));
    }

    private static Sentence loadProblem(Exception failure) {
        if (failure instanceof SyncException sync) {
            return Sentence.of(switch (sync.problem()) {
                case UNREACHABLE, SERVER_BUSY -> "counter.volunteers.problem.unreachable";
                case NEEDS_STAFF -> "counter.volunteers.problem.refused";
                case CLOCK_WRONG -> "counter.volunteers.problem.clock";
                case UNTRUSTED_SERVER, LOG_INCONSISTENT, LOCAL_STORAGE -> "counter.volunteers.problem.other";
            });
        }
        return Sentence.of("counter.volunteers.problem.other");
    }

    private void clearProblemWhileEditing() {
        if (model.step.get() == VolunteersStep.CONFIRM_ONE && !model.working.get()) {
            model.problem.set(Optional.empty());
        }
    }

    private Optional<Integer> typedMinutes() {
        String typed = model.minutesText.get().strip();
        if (!typed.matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(typed));
    }

    /** A counter action that records, or refuses. */
    @FunctionalInterface
    private interface DeskAction {
        void run() throws Exception;
    }

    /** What one look at the server found. */
    private record Listing(List<VolunteerSession> sessions, Map<SettledHere.Pair, SettledHere.Settled> settledHere) {
    }
}
