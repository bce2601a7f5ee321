package org.huzhu.kiosk.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType font with Chinese glyphs that a PDF embeds (as a subset, so the file stays small and the text stays
 * real, extractable text). Open while the document is written and saved: the subset is taken from it at save time.
 */
final class CjkFont implements Closeable {

    /** The Debian package the kiosk's README and CI install; named in the error when no font is found. */
    static final String DEBIAN_PACKAGE = "fonts-wqy-microhei";

    /**
     * Where Debian and Ubuntu put TrueType CJK fonts, most preferred first. Noto Sans CJK ({@code fonts-noto-cjk}) is
     * not listed: its faces have CFF outlines, which PDFBox cannot embed as a Type 0 subset.
     */
    static final List<Path> KNOWN_PATHS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    private final Closeable source;
    private final TrueTypeFont face;

    private CjkFont(Closeable source, TrueTypeFont face) {
        this.source = source;
        this.face = face;
    }

    /** Opens the first of {@code candidates} that exists: a collection's first face, or a single TrueType file. */
    static CjkFont open(List<Path> candidates) throws ExportException, IOException {
        Path file = candidates.stream().filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new ExportException(ExportException.Reason.FONT_MISSING,
                        "no Chinese TrueType font in " + candidates + ": install the Debian package " + DEBIAN_PACKAGE));
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return new CjkFont(collection, first[0]);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new CjkFont(font, font);
    }

    /** Embeds this face in {@code document} as a subset of the glyphs the document uses. */
    PdfFont embedIn(PDDocument document) throws IOException {
        return new PdfFont(PDType0Font.load(document, face, true), face.getUnicodeCmapLookup());
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
