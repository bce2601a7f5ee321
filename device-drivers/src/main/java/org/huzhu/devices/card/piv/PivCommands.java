package org.huzhu.devices.card.piv;

import org.huzhu.devices.card.apdu.Bytes;
import org.huzhu.devices.card.apdu.Commands;
import org.huzhu.devices.card.apdu.Hex;
import org.huzhu.devices.card.tlv.BerTlv;

/**
 * The PIV commands the kiosk sends (SP 800-73-4 part 2) and the numbers they use. Stateless.
 *
 * <ul>
 *   <li>SELECT {@code 00 A4 04 00 0B A0 00 00 03 08 00 00 10 00 01 00 00}: answer an Application Property Template.
 *   <li>GET DATA {@code 00 CB 3F FF 05 5C 03 5F C1 05 00}: the PIV Authentication certificate object (tag 53
 *       holding 70 certificate, 71 CertInfo, FE error detection code), usually several hundred bytes in 61xx parts.
 *   <li>VERIFY {@code 00 20 00 80 08 <PIN padded with FF>}; without data it only asks for the PIN status.
 *   <li>GENERAL AUTHENTICATE {@code 00 87 11 9A 26 7C 24 82 00 81 20 <32-byte digest> 00}: sign with the slot 9A
 *       key (algorithm 11 = ECC P-256); the answer is {@code 7C L 82 L <DER ECDSA signature>}.
 * </ul>
 */
public final class PivCommands {

    /** The PIV application (NIST RID A0 00 00 03 08, PIX 00 00 10 00 01 00). */
    public static final byte[] AID = Hex.parse("A000000308000010000100");
    public static final int INS_GET_DATA = 0xCB;
    public static final int INS_GENERAL_AUTHENTICATE = 0x87;
    /** PIV Card Application PIN, the key reference VERIFY uses. */
    public static final int PIN_REFERENCE = 0x80;
    /** Cryptographic algorithm identifier of ECC P-256 (SP 800-78-4 table 6-2). */
    public static final int ALGORITHM_ECC_P256 = 0x11;
    /** Key reference of the PIV Authentication key. */
    public static final int SLOT_PIV_AUTHENTICATION = 0x9A;
    /** Data object tags (SP 800-73-4 part 1, table 3). */
    public static final int OBJECT_CHUID = 0x5FC102;
    public static final int OBJECT_PIV_AUTHENTICATION_CERTIFICATE = 0x5FC105;
    /** Tags inside a certificate object and the dynamic authentication template. */
    public static final int TAG_DATA_OBJECT = 0x53;
    public static final int TAG_CERTIFICATE = 0x70;
    public static final int TAG_CERT_INFO = 0x71;
    public static final int TAG_AUTHENTICATION_TEMPLATE = 0x7C;
    public static final int TAG_RESPONSE = 0x82;
    public static final int TAG_CHALLENGE = 0x81;
    public static final int TAG_APPLICATION_PROPERTIES = 0x61;
    public static final int DIGEST_BYTES = 32;

    private PivCommands() {
    }

    public static byte[] select() {
        return Commands.command(0x00, Commands.INS_SELECT, 0x04, 0x00, AID, 256);
    }

    /** GET DATA for a data object named by its 1..3-byte tag, e.g. {@link #OBJECT_PIV_AUTHENTICATION_CERTIFICATE}. */
    public static byte[] getData(int objectTag) {
        byte[] tagList = BerTlv.encode(0x5C, BerTlv.tagBytes(objectTag));
        return Commands.command(0x00, INS_GET_DATA, 0x3F, 0xFF, tagList, 256);
    }

    /** VERIFY with the 8-byte padded PIN block; the caller wipes the returned command. */
    public static byte[] verify(byte[] paddedPin) {
        return Commands.command(0x00, Commands.INS_VERIFY, 0x00, PIN_REFERENCE, paddedPin, -1);
    }

    /** VERIFY without data: 9000 if the PIN is verified now, else 63Cx (tries left) or 6983, and no try is used. */
    public static byte[] pinStatus() {
        return Commands.command(0x00, Commands.INS_VERIFY, 0x00, PIN_REFERENCE, new byte[0], -1);
    }

    /** GENERAL AUTHENTICATE asking the slot 9A key to sign {@code digest} (32 bytes). */
    public static byte[] signDigest(byte[] digest) {
        if (digest.length != DIGEST_BYTES) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + digest.length);
        }
        byte[] template = BerTlv.encode(TAG_AUTHENTICATION_TEMPLATE,
                Bytes.concat(BerTlv.encode(TAG_RESPONSE, new byte[0]), BerTlv.encode(TAG_CHALLENGE, digest)));
        return Commands.command(0x00, INS_GENERAL_AUTHENTICATE, ALGORITHM_ECC_P256, SLOT_PIV_AUTHENTICATION, template,
                256);
    }
}
