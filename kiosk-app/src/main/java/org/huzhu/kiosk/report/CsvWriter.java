package org.huzhu.kiosk.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (Excel and WPS read BOM-less UTF-8 as the local ANSI code page and show
 * Chinese as mojibake) and CRLF after every record. Not thread-safe; the caller owns and closes the stream.
 */
final class CsvWriter {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** Starts a CSV document on {@code stream}: writes the byte-order mark at once. */
    static CsvWriter startOn(OutputStream stream) throws IOException {
        stream.write(UTF8_BOM);
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
    }

    /** One record; each field is already what the cell must read (see {@link #text} and {@link #number}). */
    void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** Writes what is buffered; the stream stays open for its owner. */
    void flush() throws IOException {
        out.flush();
    }

    /**
     * A text field, guarded against formula injection (OWASP "CSV injection"): residents type their own names, and a
     * name such as {@code =HYPERLINK(...)} must stay text in a spreadsheet, so a leading {@code = + - @}, tab or CR
     * gets a {@code '} in front, which spreadsheets hide and read as "this is text".
     */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /**
     * A number we produced ourselves: not guarded, so a negative amount stays a number a spreadsheet can add (its
     * leading "-" comes from {@link Long#toString}, never from a resident).
     */
    static String number(long value) {
        return Long.toString(value);
    }

    private static String quoted(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
