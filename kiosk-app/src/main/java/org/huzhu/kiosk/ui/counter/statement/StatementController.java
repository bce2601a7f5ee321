package org.huzhu.kiosk.ui.counter.statement;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.desk.Corrections;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.report.ExportException;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resident's statement at the counter: their balance and history from the server, newest first, a few entries a
 * page; "Reverse…" on an entry that can be, with a required reason, signed on the staff card and recorded off the FX
 * thread; the reversal shown as on its way until the server's statement has it (the screen asks again every few
 * seconds meanwhile), or the server's refusal in plain words; and the whole statement saved as PDF to take home.
 */
public final class StatementController implements Controller {

    /** Entries a page: what fits the counter's content area on a 1366 × 768 laptop. */
    static final int PAGE_SIZE = 4;
    /** The most a printed statement lists (the server's largest page). */
    private static final int PRINTED_ENTRIES = 200;
    /** How often the screen asks again while a reversal recorded here is on its way. */
    private static final Duration ASK_AGAIN = Duration.seconds(2);
    /** Said once a reversal is recorded, until the server's statement or verdict says more. */
    private static final Sentence RECORDED = Sentence.of("counter.statement.recorded");
    private static final Logger LOG = LoggerFactory.getLogger(StatementController.class);

    private final StatementModel model = new StatementModel();
    private final StatementView view;
    private final DeskSession session;
    private final UUID residentId;
    private final String centreName;
    private final PauseTransition askAgain = new PauseTransition(ASK_AGAIN);
    private long offset;
    private boolean active;
    /** Counts the pages asked for: only the answer to the latest is shown (paging while the screen asks again). */
    private long asked;

    /** @param centreName the centre's name, for the printed statement's heading */
    public StatementController(DeskSession session, UUID residentId, String centreName) {
        this.session = session;
        this.residentId = residentId;
        this.centreName = centreName;
        this.view = new StatementView(model, session.text(), session.zone(), this);
        askAgain.setOnFinished(event -> load(offset));
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        active = true;
        load(0);
    }

    @Override
    public void deactivate() {
        active = false;
        askAgain.stop();
    }

    void onOlder() {
        model.page.get().ifPresent(page -> load(offset + page.statement().entries().items().size()));
    }

    void onNewer() {
        load(Math.max(0, offset - PAGE_SIZE));
    }

    void onRefresh() {
        load(offset);
    }

    void onReverse(StatementEntry entry) {
        model.problem.set(Optional.empty());
        model.notice.set(Optional.empty());
        model.reversing.set(Optional.of(entry));
    }

    void onCancelReverse() {
        model.problem.set(Optional.empty());
        model.reversing.set(Optional.empty());
    }

    void onRecordReversal(String reason) {
        Optional<StatementEntry> entry = model.reversing.get();
        if (entry.isEmpty()) {
            return;
        }
        model.problem.set(Optional.empty());
        Background.recordOnce(model.working,
                () -> session.desk().corrections().reverse(session.staff(), entry.get(), reason),
                reversal -> {
                    model.reversing.set(Optional.empty());
                    model.notice.set(Optional.of(RECORDED));
                    load(offset);
                },
                failure -> {
                    LOG.warn("A reversal was not recorded: {}", failure.getMessage());
                    model.problem.set(Optional.of(Sentence.refusal(failure)));
                });
    }

    void onPrint() {
        Optional<CounterClient> server = session.server();
        if (server.isEmpty() || model.printing.get()) {
            model.problem.set(server.isEmpty() ? Optional.of(ServerProblem.notEnrolled()) : model.problem.get());
            return;
        }
        model.printing.set(true);
        model.problem.set(Optional.empty());
        Language language = session.text().language();
        Background.run(() -> {
            Statement whole = server.get().statement(session.staff(), residentId, 0, PRINTED_ENTRIES);
            return session.desk().corrections().saveStatement(whole, language, centreName, session.zone());
        }, this::printed, failure -> {
            model.printing.set(false);
            LOG.warn("The statement of {} was not saved: {}", residentId, failure.getMessage());
            model.problem.set(Optional.of(failure instanceof ExportException export
                    ? Sentence.of(export.messageKey())
                    : ServerProblem.of(failure, session.staff().isOpen())));
        });
    }

    void onBack() {
        session.navigator().resident(residentId, Optional.empty());
    }

    private void printed(Path file) {
        model.printing.set(false);
        model.notice.set(Optional.of(Sentence.of("counter.statement.saved", file.getFileName().toString(),
                Objects.requireNonNullElse(file.getParent(), file).toString())));
    }

    private void load(long from) {
        askAgain.stop();
        Optional<CounterClient> server = session.server();
        if (server.isEmpty()) {
            model.problem.set(Optional.of(ServerProblem.notEnrolled()));
            return;
        }
        model.loading.set(true);
        long request = ++asked;
        Background.run(() -> fetch(server.get(), from), page -> {
            if (request != asked) {
                return;
            }
            model.loading.set(false);
            offset = from;
            model.page.set(Optional.of(page));
            if (active && page.waitingForTheServer()) {
                askAgain.playFromStart();
            } else if (model.notice.get().equals(Optional.of(RECORDED))) {
                model.notice.set(Optional.empty()); // the entry itself now says what came of the reversal
            }
        }, failure -> {
            if (request != asked) {
                return;
            }
            model.loading.set(false);
            LOG.warn("The statement of {} could not be fetched: {}", residentId, failure.getMessage());
            model.problem.set(Optional.of(ServerProblem.of(failure, session.staff().isOpen())));
        });
    }

    /** The server's page, the reversals recorded here of its entries, and the names of the other residents. */
    private StatementPage fetch(CounterClient server, long from) throws Exception {
        Statement statement = server.statement(session.staff(), residentId, (int) from, PAGE_SIZE);
        List<StatementEntry> entries = statement.entries().items();
        Map<String, Corrections.Reversal> latest = new LinkedHashMap<>();
        for (Corrections.Reversal reversal : session.desk().corrections().reversalsOf(
                entries.stream().map(StatementEntry::transactionId).toList())) {
            latest.put(reversal.reverses(), reversal); // recorded in order: the last one counts
        }
        Map<String, String> names = new HashMap<>();
        for (StatementEntry entry : entries) {
            if (entry.counterpartyId() != null && !names.containsKey(entry.counterpartyId())) {
                session.desk().files().file(UUID.fromString(entry.counterpartyId()))
                        .ifPresent(file -> names.put(entry.counterpartyId(), file.resident().displayName()));
            }
        }
        return new StatementPage(statement, latest, names);
    }
}
