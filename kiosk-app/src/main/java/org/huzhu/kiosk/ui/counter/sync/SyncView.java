package org.huzhu.kiosk.ui.counter.sync;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.sync.SyncStatus;
import org.huzhu.kiosk.ui.counter.kit.CounterView;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.Rejection;
import org.huzhu.themes.StyleClasses;

/**
 * Left, this station's sync: what waits, when the server last answered, and whether it is failing and why. Right,
 * what the server refused from every kiosk, a page at a time: each what it was, why, and what to do. Starting over
 * replaces the lists with what it does and a confirmation, then with its result.
 */
final class SyncView extends CounterView {

    /** A third of the content's width at 1280 × 800, less the gaps. */
    private static final double FACT_WIDTH = 300;

    private final SyncModel model;
    private final ZoneId zone;
    private final SyncController controller;

    SyncView(SyncModel model, UiText text, ZoneId zone, SyncController controller) {
        super(text);
        this.model = model;
        this.zone = zone;
        this.controller = controller;
        refreshOnChange(model.status);
        refreshOnChange(model.rejections);
        refreshOnChange(model.loading);
        refreshOnChange(model.step);
        refreshOnChange(model.problem);
    }

    @Override
    protected String titleText() {
        return words(model.step.get() == SyncStep.LIST ? "counter.sync.title" : "counter.sync.startOver.title");
    }

    @Override
    protected void render() {
        showProblem(model.problem.get().map(problem -> problem.in(text.messages())));
        switch (model.step.get()) {
            case LIST -> list();
            case CONFIRM_START_OVER -> confirm();
            case STARTING_OVER -> {
                showContent(List.of(busy(words("counter.sync.startOver.working"), "sync-starting-over")));
                showActions(List.of());
            }
            case STARTED_OVER -> done();
        }
    }

    private void list() {
        showContent(List.of(state(), rejections()));
        List<Button> actions = new ArrayList<>();
        actions.add(action("sync-refresh", words("counter.sync.refresh"), true, controller::onRefresh));
        model.rejections.get().map(RejectionPage::page).ifPresent(page -> {
            if (page.offset() > 0) {
                actions.add(action("sync-newer", words("counter.sync.newer"), false, controller::onNewer));
            }
            if (page.hasMore()) {
                actions.add(action("sync-older", words("counter.sync.older"), false, controller::onOlder));
            }
        });
        actions.add(action("sync-start-over", words("counter.sync.startOver.button"), false,
                controller::onStartOver));
        showActions(actions);
    }

    /** One strip across the screen: what waits, the server's last answer, and how sync stands now. */
    private Node state() {
        Messages messages = text.messages();
        HBox facts = new HBox();
        facts.setStyle("-fx-spacing: 1.5em;");
        Optional<SyncStatus> status = model.status.get();
        if (status.isEmpty()) {
            facts.getChildren().add(fact("sync-now", words("counter.sync.now"), words("counter.sync.notEnrolled")));
        } else {
            SyncStatus now = status.get();
            facts.getChildren().addAll(
                    fact("sync-pending", words("counter.sync.pending"), words("counter.sync.pendingCount",
                            now.pending())),
                    fact("sync-last-success", words("counter.sync.lastSuccess"), now.lastSuccess()
                            .map(at -> Words.when(messages, at, zone)).orElseGet(() -> words("counter.sync.never"))),
                    fact("sync-now", words("counter.sync.now"), now.reasonKey()
                            .map(key -> words("counter." + key)).orElseGet(() -> words("counter.sync.working"))));
        }
        VBox strip = panel(emphasised(words("counter.sync.thisStation"), "sync-this-station"), facts);
        strip.setMaxWidth(Double.MAX_VALUE);
        return strip;
    }

    /** A fact's name above its value, sharing the strip's width with the others. */
    private static Node fact(String id, String name, String value) {
        Label label = wrapped(name, null);
        label.getStyleClass().add(StyleClasses.MUTED);
        VBox fact = new VBox(label, emphasised(value, id));
        fact.setMaxWidth(Double.MAX_VALUE);
        // The same width for each, so the strip shares out what is left equally; wide enough that the strip's height,
        // worked out from these widths, holds every line of the wrapped values.
        fact.setPrefWidth(FACT_WIDTH);
        HBox.setHgrow(fact, Priority.ALWAYS);
        return fact;
    }

    private VBox rejections() {
        VBox list = new VBox();
        list.setStyle("-fx-spacing: 0.75em;");
        Optional<RejectionPage> shown = model.rejections.get();
        if (model.loading.get() && shown.isEmpty()) {
            list.getChildren().add(busy(words("counter.sync.loading"), "sync-loading"));
            return list;
        }
        if (shown.isEmpty()) {
            return list; // the problem line says why there is nothing
        }
        Page<Rejection> page = shown.get().page();
        if (page.total() == 0) {
            list.getChildren().add(panel(emphasised(words("counter.sync.noRejections"), "sync-no-rejections")));
            return list;
        }
        list.getChildren().add(emphasised(words("counter.sync.rejections", page.offset() + 1,
                page.offset() + page.items().size(), page.total()), "sync-rejections"));
        for (int i = 0; i < page.items().size(); i++) {
            list.getChildren().add(rejection(i, page.items().get(i), shown.get()));
        }
        return list;
    }

    private Node rejection(int index, Rejection rejection, RejectionPage page) {
        Messages messages = text.messages();
        String who = rejection.residentId() == null ? words("counter.rejection.nobody")
                : page.residentName(rejection).orElseGet(() -> words("counter.rejection.unknownResident"));
        String when = Words.when(messages, rejection.createdAt(), zone);
        Label what = emphasised(words("counter.rejection.what", words(RejectionWords.type(rejection.type())), who,
                when, rejection.kioskId()), "rejection-" + index + "-what");
        Label why = wrapped(words("counter.rejection.why", words(RejectionWords.why(rejection.reason()))),
                "rejection-" + index + "-why");
        Label todo = wrapped(words("counter.rejection.todo", words(RejectionWords.whatToDo(rejection.reason()))),
                "rejection-" + index + "-todo");
        VBox panel = panel(what, why, todo);
        panel.setMaxWidth(Double.MAX_VALUE);
        return panel;
    }

    private void confirm() {
        showContent(List.of(panel(
                emphasised(words("counter.sync.startOver.question"), "sync-start-over-question"),
                wrapped(words("counter.sync.startOver.when"), "sync-start-over-when"),
                wrapped(words("counter.sync.startOver.what"), "sync-start-over-what"),
                wrapped(words("counter.sync.startOver.safe"), "sync-start-over-safe"))));
        Button confirm = action("sync-start-over-confirm", words("counter.sync.startOver.confirm"), true,
                controller::onConfirmStartOver);
        showActions(List.of(confirm, action("sync-start-over-cancel", words("counter.sync.startOver.cancel"), false,
                controller::onCancelStartOver)));
    }

    private void done() {
        int requeued = model.requeued.get().orElse(0);
        Label result = wrapped(words("counter.sync.startOver.done", requeued), "sync-start-over-done");
        result.getStyleClass().add(StyleClasses.HEADING);
        showContent(List.of(result, wrapped(words("counter.sync.startOver.next"), "sync-start-over-next")));
        showActions(List.of(action("sync-back", words("counter.sync.back"), true, controller::onBackToList)));
    }
}
