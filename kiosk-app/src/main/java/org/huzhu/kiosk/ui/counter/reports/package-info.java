/**
 * The counter's reports (issue 12, part 6): the centre's figures for a day, a month or a range of days, asked of the
 * server on the staff card (docs/protocol.md §11), shown a part at a time, and saved with {@code org.huzhu.kiosk.report}
 * as CSV (one file per table, UTF-8 with a BOM) and as a printable PDF.
 *
 * <p>Where exports go: {@code exports} in the counter's data folder ({@code CounterContext.exports()}), created
 * owner-only at the first export. The data folder lies on the encrypted volume (ADR 0014), so the files, which hold
 * residents' names and balances, are protected at rest like the journal; the screen names the folder and reminds
 * staff that the files are theirs to keep safe and delete once they leave it (ADR 0014's row for exports).
 */
package org.huzhu.kiosk.ui.counter.reports;
