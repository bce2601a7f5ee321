package org.huzhu.devices.printer;

/** The ESC/POS bytes this package speaks (Epson's command set, which the common 58/80 mm printers follow). */
final class EscPos {

    static final int LF = 0x0A;
    static final int DLE = 0x10;
    static final int EOT = 0x04;
    static final int ESC = 0x1B;
    static final int FS = 0x1C;
    static final int GS = 0x1D;

    /** {@code ESC @}: initialise (normal size, left aligned, buffer cleared). */
    static final int INIT = '@';
    /** {@code ESC a n}. */
    static final int ALIGN = 'a';
    /** {@code ESC d n}: print and feed n lines. */
    static final int FEED_LINES = 'd';
    /** {@code GS ! n}. */
    static final int SIZE = '!';
    /** {@code GS ( k}: the 2D code functions. */
    static final int CODE_2D = '(';
    /** {@code GS V}: cut. */
    static final int CUT = 'V';
    /** {@code FS &}: Chinese character mode on (text from here is GB18030 on a Chinese-capable printer). */
    static final int CHINESE_ON = '&';
    /** {@code FS .}: Chinese character mode off. */
    static final int CHINESE_OFF = '.';

    /** {@code GS ( k} with {@code cn = 49}: QR code; the functions below follow as {@code fn}. */
    static final int QR = 49;
    static final int QR_MODEL = 65;
    static final int QR_MODULE_SIZE = 67;
    static final int QR_ERROR_CORRECTION = 69;
    static final int QR_STORE = 80;
    static final int QR_PRINT = 81;
    /** Model 2, the QR code phones and staff scanners read. */
    static final int QR_MODEL_2 = 50;
    /** Error correction M (15 %): survives a crease or a smudge on thermal paper. */
    static final int QR_LEVEL_M = 49;
    /** Dots per module: 6 gives a 2.5 cm code for a short reference, easy for any scanner. */
    static final int QR_DOTS_PER_MODULE = 6;

    /** {@code DLE EOT n}: real-time status, answered at once even while the printer is busy. */
    static final int STATUS_PRINTER = 1;
    static final int STATUS_OFFLINE_CAUSE = 2;
    static final int STATUS_PAPER = 4;

    /** Bits of the status answers (every answer has bits 1 and 4 set, bits 0 and 7 clear). */
    static final int STATUS_FIXED_MASK = 0x93;
    static final int STATUS_FIXED_BITS = 0x12;
    static final int PRINTER_OFFLINE = 0x08;
    static final int COVER_OPEN = 0x04;
    static final int PAPER_END = 0x60;

    private EscPos() {
    }
}
