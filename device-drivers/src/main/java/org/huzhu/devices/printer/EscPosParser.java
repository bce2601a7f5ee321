package org.huzhu.devices.printer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

/**
 * A small ESC/POS interpreter for exactly the commands {@link EscPosEncoder} emits (and {@code DLE EOT} status
 * queries): what a printer would put on paper, as {@link Receipt}s, one per cut. Anything else — an unknown command,
 * a truncated one, text that is not GB18030, a stream larger than a receipt can be — is an {@link
 * EscPosFormatException}, never a guess. One instance reads one stream; not thread-safe.
 */
public final class EscPosParser {

    /** More than any receipt of ours (a few kilobytes): a runaway or hostile stream stops here. */
    public static final int MAX_STREAM_BYTES = 256 * 1024;
    private static final int MAX_LINE_BYTES = Receipt.MAX_LINE * 4;

    private final InputStream in;
    private final OutputStream replies;
    private final IntUnaryOperator status;
    private int read;
    private TextSize size = TextSize.NORMAL;
    private Alignment alignment = Alignment.LEFT;
    private boolean chinese;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private String storedQr;
    private List<Receipt.Part> parts = new ArrayList<>();

    /**
     * @param replies where status answers go (the printer's way back to the kiosk)
     * @param status  the answer byte to {@code DLE EOT n}, given n (1 printer, 2 offline cause, 4 paper)
     */
    public EscPosParser(InputStream in, OutputStream replies, IntUnaryOperator status) {
        this.in = in;
        this.replies = replies;
        this.status = status;
    }

    /** The receipts in {@code bytes}; status queries in them are answered "ready" and the answers dropped. */
    public static List<Receipt> parse(byte[] bytes) throws EscPosFormatException {
        List<Receipt> receipts = new ArrayList<>();
        try {
            new EscPosParser(new ByteArrayInputStream(bytes), OutputStream.nullOutputStream(),
                    n -> EscPos.STATUS_FIXED_BITS).readAll(receipts::add);
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory stream does not fail", e);
        }
        return receipts;
    }

    /**
     * Reads until the stream ends, handing each receipt over when it is cut (and one not cut, at the end).
     *
     * @throws IOException           the stream failed
     * @throws EscPosFormatException the bytes are not a receipt of ours; what came before was handed over
     */
    public void readAll(Consumer<Receipt> receipts) throws IOException, EscPosFormatException {
        for (int b = next(); b >= 0; b = next()) {
            switch (b) {
                case EscPos.LF -> endLine();
                case EscPos.ESC -> esc(receipts);
                case EscPos.GS -> gs(receipts);
                case EscPos.FS -> fs();
                case EscPos.DLE -> realTimeStatus();
                default -> text(b);
            }
        }
        if (line.size() > 0) {
            throw new EscPosFormatException("the stream ends in the middle of a line");
        }
        if (!parts.isEmpty()) {
            receipts.accept(new Receipt(parts));
        }
    }

    private void text(int b) throws EscPosFormatException {
        if (b < 0x20 || b == 0x7F) {
            throw new EscPosFormatException("control byte 0x%02x is not a command this kiosk sends".formatted(b));
        }
        if (b > 0x7F && !chinese) {
            throw new EscPosFormatException("byte 0x%02x outside Chinese mode (FS &)".formatted(b));
        }
        if (line.size() == MAX_LINE_BYTES) {
            throw new EscPosFormatException("a line longer than " + Receipt.MAX_LINE + " characters");
        }
        line.write(b);
    }

    private void endLine() throws EscPosFormatException {
        String text;
        try {
            text = EscPosEncoder.GB18030.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new EscPosFormatException("a line that is not GB18030 text");
        }
        line.reset();
        try {
            parts.add(new Receipt.Text(text, size, alignment));
        } catch (IllegalArgumentException e) {
            throw new EscPosFormatException(e.getMessage());
        }
    }

    private void esc(Consumer<Receipt> receipts) throws IOException, EscPosFormatException {
        int command = required("ESC");
        switch (command) {
            case EscPos.INIT -> {
                line.reset();
                size = TextSize.NORMAL;
                alignment = Alignment.LEFT;
                chinese = false;
                storedQr = null;
                if (!parts.isEmpty()) {
                    // A new job after one that was never cut: what was printed stays on the paper.
                    receipts.accept(new Receipt(parts));
                    parts = new ArrayList<>();
                }
            }
            case EscPos.ALIGN -> {
                startOfLine("ESC a");
                alignment = Alignment.fromEscPosCode(required("ESC a"));
            }
            case EscPos.FEED_LINES -> {
                startOfLine("ESC d");
                required("ESC d");
            }
            default -> throw new EscPosFormatException("ESC 0x%02x is not a command this kiosk sends"
                    .formatted(command));
        }
    }

    private void gs(Consumer<Receipt> receipts) throws IOException, EscPosFormatException {
        int command = required("GS");
        switch (command) {
            case EscPos.SIZE -> size = TextSize.fromEscPosCode(required("GS !"));
            case EscPos.CUT -> cut(receipts);
            case EscPos.CODE_2D -> code2d();
            default -> throw new EscPosFormatException("GS 0x%02x is not a command this kiosk sends"
                    .formatted(command));
        }
    }

    private void cut(Consumer<Receipt> receipts) throws IOException, EscPosFormatException {
        startOfLine("GS V");
        int mode = required("GS V");
        switch (mode) {
            case 0, 1, '0', '1' -> { }
            case 65, 66 -> required("GS V m n");
            default -> throw new EscPosFormatException("GS V " + mode + " is not a cut");
        }
        parts.add(new Receipt.Cut());
        receipts.accept(new Receipt(parts));
        parts = new ArrayList<>();
    }

    private void code2d() throws IOException, EscPosFormatException {
        if (required("GS (") != 'k') {
            throw new EscPosFormatException("GS ( other than k (2D codes)");
        }
        int length = required("GS ( k pL") | required("GS ( k pH") << 8;
        if (length < 2 || length > Receipt.MAX_QR_PAYLOAD + 3) {
            throw new EscPosFormatException("GS ( k with a length of " + length);
        }
        byte[] body = in.readNBytes(length);
        read += body.length;
        if (body.length < length || read > MAX_STREAM_BYTES) {
            throw new EscPosFormatException("GS ( k cut short");
        }
        if (body[0] != EscPos.QR) {
            throw new EscPosFormatException("GS ( k for a 2D code other than QR");
        }
        switch (body[1]) {
            case EscPos.QR_MODEL -> {
                if (length != 4 || body[2] != EscPos.QR_MODEL_2) {
                    throw new EscPosFormatException("a QR model other than 2");
                }
            }
            case EscPos.QR_MODULE_SIZE, EscPos.QR_ERROR_CORRECTION -> {
                if (length != 3) {
                    throw new EscPosFormatException("GS ( k size or error correction of the wrong length");
                }
            }
            case EscPos.QR_STORE -> {
                if (length < 4 || body[2] != '0') {
                    throw new EscPosFormatException("an empty QR code");
                }
                String payload = new String(body, 3, length - 3, StandardCharsets.US_ASCII);
                if (payload.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                    throw new EscPosFormatException("a QR payload that is not printable ASCII");
                }
                storedQr = payload;
            }
            case EscPos.QR_PRINT -> {
                startOfLine("QR print");
                if (storedQr == null) {
                    throw new EscPosFormatException("a QR code printed before its data was stored");
                }
                parts.add(new Receipt.Qr(storedQr));
                storedQr = null;
                // The encoder ends the code with a line feed so that text after it starts on a fresh line.
                if (required("the line feed after a QR code") != EscPos.LF) {
                    throw new EscPosFormatException("a QR code not followed by a line feed");
                }
            }
            default -> throw new EscPosFormatException("QR function " + body[1] + " is not one this kiosk sends");
        }
    }

    private void fs() throws IOException, EscPosFormatException {
        int command = required("FS");
        switch (command) {
            case EscPos.CHINESE_ON -> chinese = true;
            case EscPos.CHINESE_OFF -> chinese = false;
            default -> throw new EscPosFormatException("FS 0x%02x is not a command this kiosk sends"
                    .formatted(command));
        }
    }

    private void realTimeStatus() throws IOException, EscPosFormatException {
        if (required("DLE") != EscPos.EOT) {
            throw new EscPosFormatException("DLE other than EOT");
        }
        int n = required("DLE EOT");
        if (n < 1 || n > 4) {
            throw new EscPosFormatException("DLE EOT " + n + " is not a status");
        }
        replies.write(status.applyAsInt(n));
        replies.flush();
    }

    private void startOfLine(String command) throws EscPosFormatException {
        if (line.size() > 0) {
            throw new EscPosFormatException(command + " in the middle of a line");
        }
    }

    private int required(String inCommand) throws IOException, EscPosFormatException {
        int b = next();
        if (b < 0) {
            throw new EscPosFormatException("the stream ends inside " + inCommand);
        }
        return b;
    }

    private int next() throws IOException, EscPosFormatException {
        int b = in.read();
        if (b >= 0 && ++read > MAX_STREAM_BYTES) {
            throw new EscPosFormatException("more than " + MAX_STREAM_BYTES + " bytes: not a receipt");
        }
        return b;
    }
}
