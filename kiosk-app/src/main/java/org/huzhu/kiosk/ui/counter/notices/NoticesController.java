package org.huzhu.kiosk.ui.counter.notices;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.huzhu.kiosk.community.Notice;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.payload.NoticePosted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The centre's notices (issue 12 part 7): the list of those not yet over, a form to post one in both languages with
 * its first and last day (from today for a week, to start with), and "withdraw" on each active one. Posting and
 * withdrawing are signed on the staff card and recorded off the FX thread; the list is read afresh after each.
 */
public final class NoticesController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(NoticesController.class);
    /** A week from today: how long the demo's notice runs, and a sensible first guess. */
    private static final int DEFAULT_DAYS = 7;

    private final NoticesModel model = new NoticesModel();
    private final NoticesView view;
    private final DeskSession session;

    public NoticesController(DeskSession session) {
        this.session = session;
        LocalDate today = session.desk().notices().today();
        this.view = new NoticesView(model, session.text(), today, today.plusDays(DEFAULT_DAYS - 1), this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        load();
    }

    /** The form's values as typed; dates as YYYY-MM-DD. */
    void onPost(String textZh, String textEn, String from, String until) {
        Optional<Sentence> wrong = check(textZh, textEn, from, until);
        model.problem.set(wrong);
        if (wrong.isPresent()) {
            return;
        }
        Background.recordOnce(model.working,
                () -> session.desk().notices().post(session.staff(), textZh, textEn, LocalDate.parse(from.strip()),
                        LocalDate.parse(until.strip())),
                posted -> {
                    view.clearForm();
                    model.done.set(Optional.of(Sentence.of("counter.notices.posted")));
                    load();
                },
                this::notRecorded);
    }

    void onWithdraw(Notice notice) {
        Background.recordOnce(model.working,
                () -> {
                    session.desk().notices().withdraw(session.staff(), notice.id());
                    return notice;
                },
                withdrawn -> {
                    model.problem.set(Optional.empty());
                    model.done.set(Optional.of(Sentence.of("counter.notices.withdrawn")));
                    load();
                },
                this::notRecorded);
    }

    private void load() {
        Background.run(() -> session.desk().notices().current(), model.notices::set, failure -> {
            LOG.warn("The notices could not be read: {}", failure.getMessage());
            model.problem.set(Optional.of(Sentence.refusal(failure)));
        });
    }

    private void notRecorded(Exception failure) {
        LOG.warn("A notice was not recorded: {}", failure.getMessage());
        model.done.set(Optional.empty());
        model.problem.set(Optional.of(Sentence.refusal(failure)));
    }

    /** What is wrong with the form, in the order staff fill it in; empty when it can be posted. */
    private static Optional<Sentence> check(String textZh, String textEn, String from, String until) {
        for (String text : new String[] {textZh, textEn}) {
            if (text.isBlank() || text.strip().length() > NoticePosted.MAX_TEXT) {
                return Optional.of(Sentence.of("counter.notices.textNeeded", NoticePosted.MAX_TEXT));
            }
        }
        try {
            if (LocalDate.parse(until.strip()).isBefore(LocalDate.parse(from.strip()))) {
                return Optional.of(Sentence.of("counter.refusal.notice-dates"));
            }
        } catch (DateTimeParseException e) {
            return Optional.of(Sentence.of("counter.notices.dateFormat"));
        }
        return Optional.empty();
    }
}
