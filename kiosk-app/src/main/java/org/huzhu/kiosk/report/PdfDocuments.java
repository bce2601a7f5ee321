package org.huzhu.kiosk.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Writes one PDF document: font found and embedded, pages drawn, footers numbered, saved to the caller's stream. */
final class PdfDocuments {

    /** What a document's pages show. */
    @FunctionalInterface
    interface Body {
        void draw(PdfCanvas canvas) throws IOException;
    }

    /** The document's title, footer and page label in its language. */
    record Frame(String title, String footerLeft, ReportWords words, ZonedDateTime created) {
    }

    private PdfDocuments() {
    }

    static void write(List<Path> fontCandidates, Frame frame, Body body, OutputStream stream)
            throws IOException, ExportException {
        // Memory only: the document holds personal data and must not pass through temporary files.
        try (CjkFont cjkFont = CjkFont.open(fontCandidates);
                PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            PdfCanvas canvas = new PdfCanvas(document, cjkFont.embedIn(document));
            body.draw(canvas);
            canvas.finish(frame.footerLeft(),
                    (page, pages) -> frame.words().format("report.pdf.page", page, pages));
            describe(document.getDocumentInformation(), frame);
            document.save(new KeepOpen(stream));
        }
    }

    private static void describe(PDDocumentInformation information, Frame frame) {
        information.setTitle(frame.title());
        information.setCreator("Huzhu Kiosk");
        information.setCreationDate(GregorianCalendar.from(frame.created()));
    }

    /** PDFBox closes the stream it saves to; the caller's stream is the caller's to close. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
