package org.huzhu.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Line breaking with the real embedded font's widths (skipped with the PDF tests when the font is missing). */
class LineBreakerTest {

    private static CjkFont cjk;
    private static PDDocument document;
    private static PdfFont font;

    @BeforeAll
    static void font() throws IOException, ExportException {
        Poppler.requireCjkFont();
        cjk = CjkFont.open(CjkFont.KNOWN_PATHS);
        document = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
        font = cjk.embedIn(document);
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
        cjk.close();
    }

    @Test
    void englishBreaksAtSpaces() {
        float width = font.width("Volunteer work", 10) + 1;
        assertThat(LineBreaker.lines(font, "Volunteer work credited", 10, width))
                .containsExactly("Volunteer work", "credited");
    }

    @Test
    void chineseBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
        float width = font.width("更正：撤销", 10) + 1;
        List<String> lines = LineBreaker.lines(font, "更正：撤销；原因", 10, width);
        assertThat(lines).containsExactly("更正：撤", "销；原因");
        assertThat(lines).noneMatch(line -> line.startsWith("；"));
    }

    @Test
    void aWordLongerThanTheColumnIsCutRatherThanLost() {
        List<String> lines = LineBreaker.lines(font, "M0000012345678", 10, font.width("M00000", 10) + 1);
        assertThat(String.join("", lines)).isEqualTo("M0000012345678");
        assertThat(lines).allMatch(line -> font.width(line, 10) <= font.width("M00000", 10) + 1);
    }

    @Test
    void lineBreaksInTheTextAreKeptAndControlCharactersPrintAsSpaces() {
        assertThat(LineBreaker.lines(font, "王秀英\n李\t建国", 10, 400)).containsExactly("王秀英", "李 建国");
    }
}
