package org.huzhu.kiosk.ui.counter.volunteers;

/** What the volunteer-work screen shows. */
enum VolunteersStep {
    /** The sessions, grouped by task: waiting first. */
    LIST,
    /** One volunteer's session: minutes, reason, rating, or no-show. */
    CONFIRM_ONE,
    /** Every checked-out volunteer of one task, confirmed at once. */
    CONFIRM_ACTIVITY
}
