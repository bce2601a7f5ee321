/**
 * The counter's exports: a report ({@link org.huzhu.protocol.counter.Report}) and a resident's statement
 * ({@link org.huzhu.protocol.counter.Statement}) as CSV for spreadsheets ({@link org.huzhu.kiosk.report.ReportCsv}) and
 * as printable A4 PDF with real Chinese text ({@link org.huzhu.kiosk.report.ReportPdf},
 * {@link org.huzhu.kiosk.report.StatementPdf}), in either of the kiosk's languages.
 *
 * <p>No JavaFX here: the counter's screens call these from a background executor (they write files and may take a
 * second for a large report) and show {@link org.huzhu.kiosk.report.ExportException#messageKey()} on failure. Personal
 * data goes only to the stream or path the caller gives: nothing is written to temporary files. Minutes are whole
 * minutes throughout; only the rating average is shown with one decimal, computed in integers.
 */
package org.huzhu.kiosk.report;
