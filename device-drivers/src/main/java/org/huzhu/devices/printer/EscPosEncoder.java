package org.huzhu.devices.printer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/**
 * Turns a {@link Receipt} into the bytes of an ESC/POS printer with Chinese fonts: {@code ESC @}, Chinese mode
 * ({@code FS &}) so that text goes as GB18030, then per line its alignment ({@code ESC a}), size ({@code GS !}) and
 * text, QR codes as {@code GS ( k} model 2, and {@code GS V} to cut. Every line states its own size and alignment, so
 * a line never inherits a setting from the one before. Stateless and thread-safe.
 */
public final class EscPosEncoder {

    /** GB18030 covers every Unicode character; its ASCII is ASCII, so English text reads the same on any printer. */
    static final Charset GB18030 = Charset.forName("GB18030");
    /** Lines fed after the last line so that it clears the cutter (the usual head-to-cutter distance). */
    static final int FEED_BEFORE_CUT = 4;

    public byte[] encode(Receipt receipt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, EscPos.ESC, EscPos.INIT);
        write(out, EscPos.FS, EscPos.CHINESE_ON);
        for (Receipt.Part part : receipt.parts()) {
            switch (part) {
                case Receipt.Text text -> text(out, text);
                case Receipt.Qr qr -> qr(out, qr.payload());
                case Receipt.Cut cut -> {
                    write(out, EscPos.ESC, EscPos.FEED_LINES, FEED_BEFORE_CUT);
                    // GS V 1: partial cut, leaving a hinge so the receipt does not drop to the floor.
                    write(out, EscPos.GS, EscPos.CUT, 1);
                }
            }
        }
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, Receipt.Text text) {
        write(out, EscPos.ESC, EscPos.ALIGN, text.alignment().escPosCode());
        write(out, EscPos.GS, EscPos.SIZE, text.size().escPosCode());
        out.writeBytes(text.text().getBytes(GB18030));
        out.write(EscPos.LF);
    }

    private static void qr(ByteArrayOutputStream out, String payload) {
        write(out, EscPos.ESC, EscPos.ALIGN, Alignment.CENTRE.escPosCode());
        write(out, EscPos.GS, EscPos.SIZE, TextSize.NORMAL.escPosCode());
        qrFunction(out, EscPos.QR_MODEL, EscPos.QR_MODEL_2, 0);
        qrFunction(out, EscPos.QR_MODULE_SIZE, EscPos.QR_DOTS_PER_MODULE);
        qrFunction(out, EscPos.QR_ERROR_CORRECTION, EscPos.QR_LEVEL_M);
        byte[] data = payload.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int length = data.length + 3;
        write(out, EscPos.GS, EscPos.CODE_2D, 'k', length & 0xFF, length >> 8, EscPos.QR, EscPos.QR_STORE, '0');
        out.writeBytes(data);
        qrFunction(out, EscPos.QR_PRINT, '0');
        out.write(EscPos.LF);
    }

    /** {@code GS ( k pL pH 49 fn args…}. */
    private static void qrFunction(ByteArrayOutputStream out, int function, int... arguments) {
        int length = arguments.length + 2;
        write(out, EscPos.GS, EscPos.CODE_2D, 'k', length & 0xFF, length >> 8, EscPos.QR, function);
        write(out, arguments);
    }

    private static void write(ByteArrayOutputStream out, int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }
}
