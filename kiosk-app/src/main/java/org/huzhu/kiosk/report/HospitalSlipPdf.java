package org.huzhu.kiosk.report;

import java.nio.file.Path;
import java.time.Clock;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.protocol.aid.Yuan;

/**
 * The patient's slip after a payment at the hospital desk, as A4 PDF in large print (14 and 16 pt): the hospital
 * (under the title), the patient, the charity and what the aid is for, the hospital's order number, the amount paid
 * and what the aid still allows. Made only for an order the server accepted.
 *
 * <p>Thread-safe: each call writes its own document. Blocking I/O: call it off the FX thread.
 */
public final class HospitalSlipPdf {

    private static final float TEXT_SIZE = 14;
    private static final float AMOUNT_SIZE = 16;

    private final PdfExport export;

    /**
     * @param hospitalName the hospital's name, under the title where a centre's name would be
     * @param clock        the slip's time and zone
     */
    public HospitalSlipPdf(Language language, String hospitalName, Clock clock) {
        this.export = new PdfExport(language, hospitalName, clock, CjkFont.KNOWN_PATHS);
    }

    /** Writes the PDF to {@code file} (created or replaced); nothing is left behind if it fails. */
    public void write(HospitalSlip slip, Path file) throws ExportException {
        ReportWords words = export.words();
        String title = words.text("report.slip.title");
        export.write(new PdfExport.Document(title, export.footer(title, slip.hospitalOrderNumber()), (canvas, now) -> {
            canvas.moveDown(PdfCanvas.lineHeight(TEXT_SIZE) / 2);
            canvas.paragraph(words.format("report.slip.patient", slip.patientName()), TEXT_SIZE);
            canvas.paragraph(words.format("report.slip.charity", slip.charityName(), slip.purpose()), TEXT_SIZE);
            canvas.paragraph(words.format("report.slip.orderNumber", slip.hospitalOrderNumber()), TEXT_SIZE);
            canvas.paragraph(words.format("report.slip.paidAt",
                    words.longDateTime(slip.paidAt().atZone(now.getZone()).toLocalDateTime())), TEXT_SIZE);
            canvas.moveDown(PdfCanvas.lineHeight(TEXT_SIZE) / 2);
            canvas.heading(words.format("report.slip.amount", Yuan.shown(slip.amountFen())), AMOUNT_SIZE);
            canvas.paragraph(words.format("report.slip.remaining", Yuan.shown(slip.remainingFen())), AMOUNT_SIZE);
            canvas.moveDown(PdfCanvas.lineHeight(TEXT_SIZE));
            canvas.paragraph(words.text("report.slip.note"), TEXT_SIZE);
        }), file);
    }
}
