package org.huzhu.kiosk.ui.counter.reports;

/** The parts of a report the screen shows one at a time, each behind its toggle ({@code reports-section-<id>}). */
enum ReportSection {
    TOTALS("totals"), SERVICES("services"), VOLUNTEERS("volunteers"), NEW_RESIDENTS("new"),
    INACTIVE_RESIDENTS("inactive");

    private final String id;

    ReportSection(String id) {
        this.id = id;
    }

    /** The suffix of the toggle's id and of its label's message key. */
    String id() {
        return id;
    }
}
