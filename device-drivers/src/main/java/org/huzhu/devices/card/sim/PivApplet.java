package org.huzhu.devices.card.sim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.devices.card.apdu.Bytes;
import org.huzhu.devices.card.apdu.Hex;
import org.huzhu.devices.card.piv.PivCommands;
import org.huzhu.devices.card.tlv.BerTlv;
import org.huzhu.devices.card.tlv.CardDataException;

/**
 * A PIV card application (NIST SP 800-73-4) in software, answering what the kiosk and OpenSC's PIV driver send:
 *
 * <ul>
 *   <li>SELECT by AID: an Application Property Template (61: 4F PIX, 79 coexistent tag allocation authority with the
 *       NIST RID, 50 label, AC algorithms: 80 11 = ECC P-256);
 *   <li>GET DATA {@code 00 CB 3F FF} with {@code 5C <tag>}: the CHUID (5FC102) and the PIV Authentication
 *       certificate (5FC105); every other object, the discovery object (7E) included, is 6A82 (not found), as on a
 *       card that has only slot 9A;
 *   <li>VERIFY {@code 00 20 00 80}: PIN with five tries (9000, 63Cx, 63C0 at the fifth wrong PIN, then 6983); without
 *       data it reports the status; {@code 00 20 FF 80} un-verifies (SP 800-73-4 "reset security status");
 *   <li>GENERAL AUTHENTICATE {@code 00 87 11 9A} {@code 7C {82 00, 81 <32 bytes>}}: signs the 32 bytes as given
 *       (NONEwithECDSA) with the P-256 private key, answering {@code 7C {82 <DER signature>}}; 6982 without the PIN.
 * </ul>
 *
 * Long answers are split into 61xx parts by {@link SimulatedCard}. Not thread-safe on its own: the card's lock guards
 * every call; the PIN state is volatile for tests that watch it from another thread.
 */
public final class PivApplet implements CardApplet {

    /** The product requirement: the fifth wrong PIN in a row blocks the card. */
    public static final int PIN_TRIES = 5;
    private static final byte[] PIX = Hex.parse("000010000100");
    private static final byte[] NIST_RID = Hex.parse("A000000308");
    private static final byte[] LABEL = "Huzhu PIV (simulated)".getBytes(StandardCharsets.US_ASCII);
    private static final int SW_OK = 0x9000;

    private final KeyPair keys;
    private final byte[] paddedPin;
    private final Map<Integer, byte[]> objects = new HashMap<>();
    private volatile int pinTriesLeft = PIN_TRIES;
    private volatile boolean pinVerified;

    /**
     * @param keys the card's P-256 key pair; the private key signs, the public key is the certificate's
     * @param certificate the DER certificate stored for slot 9A
     * @param pin 6..8 ASCII digits
     */
    public PivApplet(KeyPair keys, byte[] certificate, String pin) {
        if (!pin.matches("[0-9]{6,8}")) {
            throw new IllegalArgumentException("a PIV PIN has 6..8 digits");
        }
        this.keys = keys;
        this.paddedPin = new byte[8];
        Arrays.fill(paddedPin, (byte) 0xFF);
        System.arraycopy(pin.getBytes(StandardCharsets.US_ASCII), 0, paddedPin, 0, pin.length());
        objects.put(PivCommands.OBJECT_PIV_AUTHENTICATION_CERTIFICATE, certificateObject(certificate));
        objects.put(PivCommands.OBJECT_CHUID, PivChuid.forCertificate(certificate));
    }

    public int pinTriesLeft() {
        return pinTriesLeft;
    }

    /** Whether the PIN is verified now: tests check that ending a session resets the card. */
    public boolean isPinVerified() {
        return pinVerified;
    }

    @Override
    public byte[] aid() {
        return PivCommands.AID;
    }

    @Override
    public byte[] select() {
        byte[] authority = BerTlv.encode(0x79, BerTlv.encode(0x4F, NIST_RID));
        byte[] algorithms = BerTlv.encode(0xAC, Bytes.concat(
                BerTlv.encode(0x80, new byte[] {PivCommands.ALGORITHM_ECC_P256}), BerTlv.encode(0x06, new byte[0])));
        return BerTlv.encode(PivCommands.TAG_APPLICATION_PROPERTIES,
                Bytes.concat(BerTlv.encode(0x4F, PIX), authority, BerTlv.encode(0x50, LABEL), algorithms));
    }

    @Override
    public byte[] process(int cla, int ins, int p1, int p2, byte[] data) {
        return switch (ins) {
            case PivCommands.INS_GET_DATA -> getData(p1, p2, data);
            case 0x20 -> verify(p1, p2, data);
            case PivCommands.INS_GENERAL_AUTHENTICATE -> generalAuthenticate(p1, p2, data);
            default -> Bytes.status(0x6D00);
        };
    }

    @Override
    public void reset() {
        pinVerified = false;
    }

    private byte[] getData(int p1, int p2, byte[] data) {
        if (p1 != 0x3F || p2 != 0xFF) {
            return Bytes.status(0x6A86);
        }
        try {
            BerTlv tagList = BerTlv.parseOne(data, "tag list");
            if (tagList.tag() != 0x5C || tagList.value().length == 0 || tagList.value().length > 3) {
                return Bytes.status(0x6A80);
            }
            int tag = 0;
            for (byte b : tagList.value()) {
                tag = (tag << 8) | (b & 0xFF);
            }
            byte[] object = objects.get(tag);
            return object == null ? Bytes.status(0x6A82) : Bytes.withStatus(object, SW_OK);
        } catch (CardDataException e) {
            return Bytes.status(0x6A80);
        }
    }

    private byte[] verify(int p1, int p2, byte[] data) {
        if (p2 != PivCommands.PIN_REFERENCE) {
            return Bytes.status(0x6A88);
        }
        if (p1 == 0xFF && data.length == 0) {
            pinVerified = false;
            return Bytes.status(SW_OK);
        }
        if (p1 != 0x00) {
            return Bytes.status(0x6A86);
        }
        if (pinTriesLeft == 0) {
            return Bytes.status(0x6983);
        }
        if (data.length == 0) {
            return Bytes.status(pinVerified ? SW_OK : 0x63C0 | pinTriesLeft);
        }
        if (data.length != paddedPin.length) {
            return Bytes.status(0x6A80);
        }
        if (MessageDigest.isEqual(paddedPin, data)) {
            pinTriesLeft = PIN_TRIES;
            pinVerified = true;
            return Bytes.status(SW_OK);
        }
        pinVerified = false;
        pinTriesLeft--;
        return Bytes.status(0x63C0 | pinTriesLeft);
    }

    private byte[] generalAuthenticate(int p1, int p2, byte[] data) {
        if (p1 != PivCommands.ALGORITHM_ECC_P256) {
            return Bytes.status(0x6A86);
        }
        if (p2 != PivCommands.SLOT_PIV_AUTHENTICATION) {
            return Bytes.status(0x6A88);
        }
        if (!pinVerified) {
            return Bytes.status(0x6982);
        }
        byte[] challenge;
        try {
            BerTlv template = BerTlv.parseOne(data, "dynamic authentication template");
            if (template.tag() != PivCommands.TAG_AUTHENTICATION_TEMPLATE) {
                return Bytes.status(0x6A80);
            }
            List<BerTlv> parts = BerTlv.parseAll(template.value(), "dynamic authentication template");
            if (BerTlv.find(parts, PivCommands.TAG_RESPONSE).filter(r -> r.value().length == 0).isEmpty()) {
                return Bytes.status(0x6A80);
            }
            challenge = BerTlv.require(parts, PivCommands.TAG_CHALLENGE, "challenge").value();
        } catch (CardDataException e) {
            return Bytes.status(0x6A80);
        }
        if (challenge.length != PivCommands.DIGEST_BYTES) {
            return Bytes.status(0x6A80);
        }
        try {
            Signature signer = Signature.getInstance("NONEwithECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(challenge);
            byte[] answer = BerTlv.encode(PivCommands.TAG_AUTHENTICATION_TEMPLATE,
                    BerTlv.encode(PivCommands.TAG_RESPONSE, signer.sign()));
            return Bytes.withStatus(answer, SW_OK);
        } catch (GeneralSecurityException e) {
            return Bytes.status(0x6F00); // a card whose crypto fails says "no precise diagnosis"
        }
    }

    /** 53 { 70 certificate, 71 00 (not compressed), FE 00 (no error detection code) }. */
    static byte[] certificateObject(byte[] certificate) {
        return BerTlv.encode(PivCommands.TAG_DATA_OBJECT, Bytes.concat(
                BerTlv.encode(PivCommands.TAG_CERTIFICATE, certificate),
                BerTlv.encode(PivCommands.TAG_CERT_INFO, new byte[] {0x00}), BerTlv.encode(0xFE, new byte[0])));
    }
}
