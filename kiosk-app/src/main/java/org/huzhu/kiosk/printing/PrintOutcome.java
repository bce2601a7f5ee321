package org.huzhu.kiosk.printing;

/** How printing a receipt went, as a screen tells the resident. */
public enum PrintOutcome {
    /** The station has no printer: the screen says nothing about paper. */
    NO_PRINTER,
    PRINTED,
    OUT_OF_PAPER,
    /** Absent, offline, cover open: the printer cannot print now. */
    NOT_PRINTED
}
