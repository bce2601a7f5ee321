package org.huzhu.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void startsWithTheUtf8ByteOrderMarkAndEndsEveryRecordWithCrLf() throws IOException {
        byte[] bytes = csv(List.of("a", "b"), List.of("c", "d"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(afterBom(bytes)).isEqualTo("a,b\r\nc,d\r\n");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        String written = afterBom(csv(List.of("王, 秀英", "说 \"好\"", "第一行\n第二行", "回车\r", "plain")));
        assertThat(written).isEqualTo("\"王, 秀英\",\"说 \"\"好\"\"\",\"第一行\n第二行\",\"回车\r\",plain\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStaysText() {
        assertThat(CsvWriter.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvWriter.text("+86 138")).isEqualTo("'+86 138");
        assertThat(CsvWriter.text("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvWriter.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.text("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvWriter.text("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvWriter.text("王=秀英")).isEqualTo("王=秀英");
        assertThat(CsvWriter.text("")).isEmpty();
    }

    @Test
    void ourOwnNegativeNumbersStayNumbers() {
        assertThat(CsvWriter.number(-30)).isEqualTo("-30");
    }

    @SafeVarargs
    private static byte[] csv(List<String>... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter writer = CsvWriter.startOn(out);
        for (List<String> record : records) {
            writer.record(record);
        }
        writer.flush();
        return out.toByteArray();
    }

    private static String afterBom(byte[] bytes) {
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
}
