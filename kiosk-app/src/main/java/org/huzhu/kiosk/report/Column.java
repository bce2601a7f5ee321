package org.huzhu.kiosk.report;

/**
 * A table's column: its header in the report's language, what its cells hold, and its share of the PDF page's width.
 *
 * @param widthShare relative to the other columns of the table (the PDF divides the printable width by these)
 */
record Column(String header, Kind kind, float widthShare) {

    /** What a column holds, which decides its alignment in the PDF and its fields in the CSV. */
    enum Kind {
        TEXT, COUNT, MINUTES, RATING, DAY, MOMENT;

        /** Amounts line up on the right so their digits align down the column. */
        boolean alignsRight() {
            return this == COUNT || this == MINUTES || this == RATING;
        }
    }
}
