package org.huzhu.kiosk.ui.counter.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.sync.SyncProblem;
import org.huzhu.kiosk.sync.SyncService;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How this station's sync stands (waiting, last answer, failing and why), read every few seconds while shown; the
 * transactions the server rejected from every kiosk of the centre, newest first, a page at a time, each in plain
 * words with what to do (asked on the staff card off the FX thread); and "start this station over" for a station
 * that refused a server restored from an older backup (protocol §6), behind a confirmation, with how many
 * transactions will be sent again.
 */
public final class SyncController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(SyncController.class);
    /** Rejections a page: as many as fit in words on a 1366 × 768 laptop. */
    static final int PAGE_SIZE = 2;
    /** How often the status line is read again while the screen is shown (reading it never blocks). */
    private static final Duration STATUS_EVERY = Duration.seconds(2);

    private final SyncModel model = new SyncModel();
    private final SyncView view;
    private final DeskSession session;
    private final Optional<SyncService> sync;
    private final Timeline statusReader;
    /** Where the page shown starts; a late answer for another page is dropped. */
    private long offset;

    /** @param sync this station's background sync; empty when it is not enrolled with a server */
    public SyncController(DeskSession session, Optional<SyncService> sync) {
        this.session = session;
        this.sync = sync;
        this.view = new SyncView(model, session.text(), session.zone(), this);
        this.statusReader = new Timeline(new KeyFrame(STATUS_EVERY, event -> readStatus()));
        statusReader.setCycleCount(Timeline.INDEFINITE);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        readStatus();
        statusReader.play();
        load(0);
    }

    @Override
    public void deactivate() {
        statusReader.stop();
    }

    void onRefresh() {
        readStatus();
        load(offset);
    }

    void onNewer() {
        load(Math.max(0, offset - PAGE_SIZE));
    }

    void onOlder() {
        load(offset + PAGE_SIZE);
    }

    void onStartOver() {
        model.problem.set(Optional.empty());
        model.step.set(SyncStep.CONFIRM_START_OVER);
    }

    void onCancelStartOver() {
        model.step.set(SyncStep.LIST);
    }

    void onConfirmStartOver() {
        if (sync.isEmpty()) {
            model.problem.set(Optional.of(ServerProblem.notEnrolled()));
            return;
        }
        model.problem.set(Optional.empty());
        model.step.set(SyncStep.STARTING_OVER);
        Background.recordOnce(model.startingOver, () -> sync.get().startOver(), requeued -> {
            LOG.info("Staff started this station over: {} transactions will be sent again", requeued);
            model.requeued.set(Optional.of(requeued));
            model.step.set(SyncStep.STARTED_OVER);
            readStatus();
        }, failure -> {
            LOG.warn("Starting this station over failed: {}", failure.getMessage());
            model.problem.set(Optional.of(startOverProblem(failure)));
            model.step.set(SyncStep.CONFIRM_START_OVER);
        });
    }

    void onBackToList() {
        model.step.set(SyncStep.LIST);
        onRefresh();
    }

    private void readStatus() {
        model.status.set(sync.map(SyncService::status));
    }

    private void load(long from) {
        Optional<CounterClient> server = session.server();
        if (server.isEmpty()) {
            model.problem.set(Optional.of(ServerProblem.notEnrolled()));
            return;
        }
        offset = from;
        model.loading.set(true);
        Background.run(pageWithNames(server.get(), from), page -> {
            if (from == offset) {
                model.loading.set(false);
                model.problem.set(Optional.empty());
                model.rejections.set(Optional.of(page));
            }
        }, failure -> {
            if (from == offset) {
                LOG.warn("The server's rejections could not be read: {}", failure.getMessage());
                model.loading.set(false);
                model.problem.set(Optional.of(ServerProblem.of(failure, session.staff().isOpen())));
            }
        });
    }

    /**
     * For a worker thread: the page from {@code from}, with the names of the residents on it from this counter's
     * own files (its snapshot of the community).
     */
    private Background.Work<RejectionPage> pageWithNames(CounterClient server, long from) {
        return () -> {
            Page<Rejection> page = server.rejections(session.staff(), (int) from, PAGE_SIZE);
            Map<String, String> names = new HashMap<>();
            for (Rejection rejection : page.items()) {
                String id = rejection.residentId();
                Optional<UUID> resident = id == null || names.containsKey(id) ? Optional.empty() : residentId(id);
                if (resident.isPresent()) {
                    session.desk().files().file(resident.get())
                            .ifPresent(known -> names.put(id, known.resident().displayName()));
                }
            }
            return new RejectionPage(page, names);
        };
    }

    private static Optional<UUID> residentId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not one of ours: the entry says "a resident this counter does not know"
        }
    }

    /** A server whose head is not in this journal is the one case that needs more than a click: staff must call. */
    private Sentence startOverProblem(Exception failure) {
        if (failure instanceof SyncException sync && sync.problem() == SyncProblem.NEEDS_STAFF
                && sync.refusal().isEmpty()) {
            return Sentence.of("counter.sync.startOver.notOurs");
        }
        return ServerProblem.of(failure, true); // this counter's own database failing: "something went wrong"
    }
}
