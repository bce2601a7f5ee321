package org.huzhu.kiosk.ui.counter.sync;

/** Where the sync screen is: the list, or the steps of starting this station over. */
enum SyncStep {
    /** How sync stands and what the server refused. */
    LIST,
    /** "Start this station over?": what it does, and a confirmation. */
    CONFIRM_START_OVER,
    /** Asking the server for its head and requeueing. */
    STARTING_OVER,
    /** Done: how many transactions will be sent again. */
    STARTED_OVER
}
