package org.huzhu.kiosk.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;

/**
 * Writes the counter's PDF documents in one language for one centre: the font found and embedded, the title and the
 * centre's name at the top, the document's own pages, numbered footers, saved to the caller's stream or file.
 * Immutable and thread-safe: each write has its own document.
 */
final class PdfExport {

    private static final float TITLE_SIZE = 20;
    private static final float CENTRE_SIZE = 14;

    /** What a document's pages show below its title, as of {@code now}. */
    @FunctionalInterface
    interface Body {
        void draw(PdfCanvas canvas, ZonedDateTime now) throws IOException;
    }

    /** One document: its title (heading and metadata), what its footer says on the left, and its pages. */
    record Document(String title, String footerLeft, Body body) {
    }

    private final ReportWords words;
    private final String centreName;
    private final Clock clock;
    private final List<Path> fontCandidates;

    /**
     * @param centreName     the centre's name under every title ({@code centre.name} of the configuration)
     * @param clock          the time a document is made as of, shown in the clock's zone
     * @param fontCandidates where to look for the CJK font, first found wins ({@link CjkFont#KNOWN_PATHS})
     */
    PdfExport(Language language, String centreName, Clock clock, List<Path> fontCandidates) {
        this.words = new ReportWords(Messages.of(language));
        this.centreName = centreName;
        this.clock = clock;
        this.fontCandidates = List.copyOf(fontCandidates);
    }

    ReportWords words() {
        return words;
    }

    /** "互助社区服务中心 · 月度报告 2026年12月": the footer's left side. */
    String footer(String... parts) {
        return centreName + " · " + String.join(" · ", parts);
    }

    void write(Document document, OutputStream stream) throws ExportException {
        ExportFiles.write(stream, out -> render(document, out));
    }

    void write(Document document, Path file) throws ExportException {
        ExportFiles.write(file, out -> render(document, out));
    }

    private void render(Document document, OutputStream out) throws IOException, ExportException {
        ZonedDateTime now = ZonedDateTime.now(clock);
        // Memory only: the document holds personal data and must not pass through temporary files.
        try (CjkFont cjkFont = CjkFont.open(fontCandidates);
                PDDocument pdf = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            PdfCanvas canvas = new PdfCanvas(pdf, cjkFont.embedIn(pdf));
            canvas.heading(document.title(), TITLE_SIZE);
            canvas.paragraph(centreName, CENTRE_SIZE);
            document.body().draw(canvas, now);
            canvas.finish(document.footerLeft(), (page, pages) -> words.format("report.pdf.page", page, pages));
            describe(pdf.getDocumentInformation(), document.title(), now);
            pdf.save(new KeepOpen(out));
        }
    }

    private static void describe(PDDocumentInformation information, String title, ZonedDateTime now) {
        information.setTitle(title);
        information.setCreator("Huzhu Kiosk");
        information.setCreationDate(GregorianCalendar.from(now));
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
