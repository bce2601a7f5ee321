package org.huzhu.kiosk.community;

import java.time.Instant;
import java.util.UUID;
import org.huzhu.kiosk.i18n.Language;

/**
 * A volunteer task of the day, and where this resident stands with it.
 *
 * @param minutes the task's planned length
 */
public record VolunteerTask(UUID id, String titleZh, String titleEn, String placeZh, String placeEn, Instant startsAt,
        int minutes, Attendance attendance) {

    /** A resident's attendance at a task. */
    public sealed interface Attendance {
    }

    public record NotCheckedIn() implements Attendance {
    }

    public record CheckedIn(Instant at) implements Attendance {
    }

    /** Checked out; the minutes become credit only when staff confirm. */
    public record WaitingForConfirmation(int minutes) implements Attendance {
    }

    /** Staff confirmed; the minutes are in the balance. */
    public record Confirmed(int minutes) implements Attendance {
    }

    public String title(Language language) {
        return language == Language.ZH_CN ? titleZh : titleEn;
    }

    public String place(Language language) {
        return language == Language.ZH_CN ? placeZh : placeEn;
    }
}
