package org.huzhu.kiosk.ui.counter.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.counter.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The centre's figures for a day, a month or a range of days (this month at first), asked of the server on the
 * staff card (protocol §11) off the FX thread, shown a part at a time, and saved as CSV or PDF into the exports
 * folder, whose place the screen names.
 */
public final class ReportsController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsController.class);
    /** Residents with no exchange in this many days count as inactive unless staff type another number. */
    static final int DEFAULT_INACTIVE = 90;

    private final ReportsModel model = new ReportsModel();
    private final ReportsView view;
    private final DeskSession session;
    private final ReportExports exports;

    /**
     * @param exports    the folder exports are saved in (created at the first)
     * @param centreName the heading of the PDF
     * @param clock      today (the default month) and the PDF's "generated" time
     */
    public ReportsController(DeskSession session, Path exports, String centreName, Clock clock) {
        this.session = session;
        this.exports = new ReportExports(exports, centreName, clock);
        LocalDate today = LocalDate.now(clock.withZone(session.zone()));
        model.first.set(today);
        model.last.set(today);
        this.view = new ReportsView(model, session.text(), this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    /** The month's report is what staff come for most: it is asked for at once. */
    @Override
    public void activate() {
        onShow();
    }

    void onKind(ReportPeriod.Kind kind) {
        model.kind.set(kind);
    }

    void onFirstDay(LocalDate day) {
        model.first.set(day);
    }

    void onLastDay(LocalDate day) {
        model.last.set(day);
    }

    void onInactiveDays(String typed) {
        model.inactiveDays.set(typed);
    }

    void onSection(ReportSection section) {
        model.section.set(section);
        model.page.set(0);
    }

    void onPage(int page) {
        model.page.set(Math.max(0, page));
    }

    ReportPeriod period() {
        return ReportPeriod.of(model.kind.get(), model.first.get(), model.last.get());
    }

    void onShow() {
        if (model.loading.get()) {
            return;
        }
        ReportPeriod period = period();
        Optional<Sentence> wrong = period.problem();
        Optional<Integer> inactive = ReportPeriod.inactiveDays(model.inactiveDays.get());
        if (wrong.isEmpty() && inactive.isEmpty()) {
            wrong = Optional.of(Sentence.of("counter.reports.problem.inactiveDays", ReportPeriod.MIN_INACTIVE_DAYS,
                    ReportPeriod.MAX_INACTIVE_DAYS));
        }
        Optional<CounterClient> server = session.server();
        if (wrong.isEmpty() && server.isEmpty()) {
            wrong = Optional.of(ServerProblem.notEnrolled());
        }
        model.saved.set(Optional.empty());
        if (wrong.isPresent()) {
            model.problem.set(wrong);
            return;
        }
        model.problem.set(Optional.empty());
        Background.recordOnce(model.loading,
                () -> server.get().report(session.staff(), period.from(), period.to(), inactive.get()),
                this::shown, failure -> failed("A report", failure));
    }

    void onSaveCsv() {
        save(true);
    }

    void onSavePdf() {
        save(false);
    }

    private void save(boolean csv) {
        Optional<Report> report = model.report.get();
        if (report.isEmpty()) {
            return;
        }
        Language language = session.text().language();
        model.saved.set(Optional.empty());
        model.problem.set(Optional.empty());
        Background.recordOnce(model.saving,
                () -> csv ? exports.csv(report.get(), language) : exports.pdf(report.get(), language),
                saved -> model.saved.set(Optional.of(csv
                        ? Sentence.of("counter.reports.savedCsv", saved.files().size(), saved.folder().toString())
                        : Sentence.of("counter.reports.savedPdf", saved.files().getFirst().toString()))),
                failure -> failed("An export", failure));
    }

    private void shown(Report report) {
        model.report.set(Optional.of(report));
        model.page.set(0);
    }

    private void failed(String what, Exception failure) {
        LOG.warn("{} failed: {}", what, failure.getMessage());
        model.problem.set(Optional.of(ServerProblem.of(failure, session.staff().isOpen())));
    }
}
