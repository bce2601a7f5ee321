package org.huzhu.kiosk.ui.counter.volunteers;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.huzhu.kiosk.desk.SettledHere;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.protocol.counter.VolunteerSession;

/** How a volunteer session reads at the counter in one language: who, which task, when, minutes, where it stands. */
final class SessionWords {

    private final Messages messages;
    private final ZoneId zone;

    SessionWords(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    Messages messages() {
        return messages;
    }

    /** "王秀英（M000001）"; a volunteer the server never saw enrolled is named as such. */
    String who(VolunteerSession session) {
        if (session.displayName().isEmpty()) {
            return messages.text("counter.volunteers.unknownVolunteer");
        }
        return session.memberNumber().isEmpty() ? session.displayName()
                : messages.format("counter.volunteers.who", session.displayName(), session.memberNumber());
    }

    /** The task's title in the screen's language. */
    String title(VolunteerSession session) {
        return messages.language() == Language.ZH_CN ? session.titleZh() : session.titleEn();
    }

    /** "食堂帮厨，10:30 开始，约 1 小时 30 分钟". */
    String task(VolunteerSession session) {
        return messages.format("counter.volunteers.task", title(session),
                Words.time(messages, session.taskStartsAt(), zone), messages.minutes(session.taskMinutes()));
    }

    /** "签到 09:05，签退 10:40", or only the one there is. */
    String times(VolunteerSession session) {
        if (session.checkedInAt() != null && session.checkedOutAt() != null) {
            return messages.format("counter.volunteers.times.inOut", time(session.checkedInAt()),
                    time(session.checkedOutAt()));
        }
        if (session.checkedInAt() != null) {
            return messages.format("counter.volunteers.times.in", time(session.checkedInAt()));
        }
        return session.checkedOutAt() == null ? "" : messages.format("counter.volunteers.times.out",
                time(session.checkedOutAt()));
    }

    /** The minutes the check-outs imply, or that there are none yet. */
    String checked(VolunteerSession session) {
        return session.checkedOutMinutes() > 0 ? messages.minutes(session.checkedOutMinutes())
                : messages.text("counter.volunteers.checked.none");
    }

    /** Where the session stands: as the server says, or recorded here and on its way. */
    String status(VolunteerSession session, Map<SettledHere.Pair, SettledHere.Settled> settledHere) {
        SettledHere.Settled here = settledHere.get(SettledHere.Pair.of(session));
        boolean waiting = VolunteersView.waiting(session);
        if (waiting && here == SettledHere.Settled.CONFIRMED) {
            return messages.text("counter.volunteers.status.recordedHere");
        }
        if (waiting && here == SettledHere.Settled.NO_SHOW) {
            return messages.text("counter.volunteers.status.noShowHere");
        }
        return switch (session.status()) {
            case VolunteerSession.CHECKED_IN -> messages.format("counter.volunteers.status.checkedIn",
                    session.checkedInAt() == null ? "" : time(session.checkedInAt()));
            case VolunteerSession.CONFIRMED -> session.stars() > 0
                    ? messages.format("counter.volunteers.status.confirmedRated",
                            messages.minutes(session.confirmedMinutes()), session.stars())
                    : messages.format("counter.volunteers.status.confirmed",
                            messages.minutes(session.confirmedMinutes()));
            case VolunteerSession.NO_SHOW -> messages.text("counter.volunteers.status.noShow");
            default -> messages.text("counter.volunteers.status.checkedOut");
        };
    }

    private String time(Instant instant) {
        return Words.time(messages, instant, zone);
    }
}
