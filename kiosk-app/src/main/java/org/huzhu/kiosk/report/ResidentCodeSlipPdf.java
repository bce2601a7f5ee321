package org.huzhu.kiosk.report;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.qr.QrModules;

/**
 * A printed resident code: one A4 page in large print with the resident's name, the code as a QR code about 60 mm
 * wide ({@link QrModules}, drawn as vector squares so it prints sharp), until when it
 * works, and how to keep it. Made at the counter when staff issue a {@code printed} code.
 *
 * <p>Thread-safe: each call writes its own document. Blocking I/O: call it off the FX thread.
 */
public final class ResidentCodeSlipPdf {

    private static final float TEXT_SIZE = 14;
    private static final float NAME_SIZE = 18;
    /** About 60 mm: a kiosk camera reads it from 20–60 cm. */
    private static final float QR_WIDTH = 170;
    /** White around the code, which a reader needs (at least four modules). */
    private static final float QUIET_ZONE = 16;

    private final PdfExport export;

    /** @param centreName the centre's name, under the title; {@code clock} the page's time and zone */
    public ResidentCodeSlipPdf(Language language, String centreName, Clock clock) {
        this.export = new PdfExport(language, centreName, clock, CjkFont.KNOWN_PATHS);
    }

    /** Writes the PDF to {@code file} (created or replaced); nothing is left behind if it fails. */
    public void write(ResidentCodeSlip slip, Path file) throws ExportException {
        // Without a margin of its own: the page leaves the quiet zone.
        BitMatrix modules = QrModules.of(slip.code(), 0);
        ReportWords words = export.words();
        String title = words.text("report.code.title");
        export.write(new PdfExport.Document(title, export.footer(title), (canvas, now) -> {
            canvas.moveDown(PdfCanvas.lineHeight(TEXT_SIZE) / 2);
            canvas.heading(slip.residentName(), NAME_SIZE);
            canvas.moveDown(QUIET_ZONE);
            draw(canvas, modules);
            canvas.moveDown(QUIET_ZONE + PdfCanvas.lineHeight(TEXT_SIZE) / 2);
            canvas.paragraph(words.format("report.code.validUntil",
                    words.longDay(slip.expiresAt().atZone(now.getZone()).toLocalDate())), NAME_SIZE);
            canvas.moveDown(PdfCanvas.lineHeight(TEXT_SIZE) / 2);
            canvas.paragraph(words.text("report.code.howTo"), TEXT_SIZE);
            canvas.paragraph(words.text("report.code.keep"), TEXT_SIZE);
        }), file);
    }

    /** The modules as black squares, centred, from the cursor down. */
    private static void draw(PdfCanvas canvas, BitMatrix modules) throws IOException {
        float module = QR_WIDTH / modules.getWidth();
        float left = PdfCanvas.left() + (PdfCanvas.width() - QR_WIDTH) / 2;
        float top = canvas.y();
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                if (modules.get(column, row)) {
                    canvas.fill(left + column * module, top - (row + 1) * module, module, module, 0f);
                }
            }
        }
        canvas.moveDown(QR_WIDTH);
    }
}
