package org.huzhu.devices.card.apdu;

import java.io.ByteArrayOutputStream;

/**
 * Builds short command APDUs (ISO/IEC 7816-4). Only short form: every command the kiosk sends fits in 255 bytes.
 */
public final class Commands {

    public static final int INS_VERIFY = 0x20;
    public static final int INS_CHANGE_REFERENCE_DATA = 0x24;
    public static final int INS_RESET_RETRY_COUNTER = 0x2C;
    public static final int INS_SELECT = 0xA4;
    public static final int INS_READ_RECORD = 0xB2;
    public static final int INS_GET_RESPONSE = 0xC0;
    public static final int INS_GET_DATA = 0xCA;

    private Commands() {
    }

    /**
     * CLA INS P1 P2 [Lc data] [Le].
     *
     * @param data command data, may be empty (then no Lc)
     * @param le expected response length 0..256 (256 is written as 00), or -1 for no Le byte
     */
    public static byte[] command(int cla, int ins, int p1, int p2, byte[] data, int le) {
        if (data.length > 255) {
            throw new IllegalArgumentException("command data longer than 255 bytes needs an extended APDU");
        }
        if (le < -1 || le > 256) {
            throw new IllegalArgumentException("Le must be -1 (absent) or 0..256, was " + le);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(6 + data.length);
        out.write(cla);
        out.write(ins);
        out.write(p1);
        out.write(p2);
        if (data.length > 0) {
            out.write(data.length);
            out.writeBytes(data);
        }
        if (le >= 0) {
            out.write(le == 256 ? 0 : le);
        }
        return out.toByteArray();
    }

    /** SELECT by DF name (application identifier), first or only occurrence, asking for the FCI. */
    public static byte[] selectByName(byte[] dfName) {
        return command(0x00, INS_SELECT, 0x04, 0x00, dfName, -1);
    }

    /** SELECT an elementary file under the current DF by its two-byte file identifier. */
    public static byte[] selectElementaryFile(int fileId) {
        return command(0x00, INS_SELECT, 0x02, 0x00, new byte[] {(byte) (fileId >>> 8), (byte) fileId}, -1);
    }

    /** READ RECORD with P1/P2 exactly as a card profile describes them. */
    public static byte[] readRecord(int p1, int p2, int le) {
        return command(0x00, INS_READ_RECORD, p1, p2, new byte[0], le);
    }

    /** VERIFY: the PIN goes to the card and only to the card. The caller wipes {@code pin} afterwards. */
    public static byte[] verify(int reference, byte[] pin) {
        return command(0x00, INS_VERIFY, 0x00, reference, pin, -1);
    }

    /** PC/SC part 3 pseudo-APDU answered by the reader: the contactless card's UID. */
    public static byte[] getUid() {
        return command(0xFF, INS_GET_DATA, 0x00, 0x00, new byte[0], 256);
    }
}
