package org.huzhu.devices.card.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.huzhu.devices.card.apdu.Bytes;
import org.huzhu.devices.card.apdu.Hex;
import org.huzhu.devices.card.tlv.BerTlv;

/**
 * The Card Holder Unique Identifier object (SP 800-73-4 part 1 table 9) of a simulated PIV card: OpenSC reads it for
 * the card's serial number. The GUID is derived from the certificate, so the same card gets the same serial on every
 * start. Stateless.
 */
final class PivChuid {

    /** A fixed FASC-N (25 bytes): neither the kiosk nor OpenSC interprets it, but the CHUID must carry one. */
    private static final byte[] FASC_N = Hex.parse("D4E739DA739CED39CE739D836858210842108421C84210C3EB");
    private static final byte[] EXPIRATION = "20451231".getBytes(StandardCharsets.US_ASCII);

    private PivChuid() {
    }

    static byte[] forCertificate(byte[] certificate) {
        byte[] guid;
        try {
            guid = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(certificate), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
        return BerTlv.encode(0x53, Bytes.concat(BerTlv.encode(0x30, FASC_N), BerTlv.encode(0x34, guid),
                BerTlv.encode(0x35, EXPIRATION), BerTlv.encode(0x3E, new byte[0]), BerTlv.encode(0xFE, new byte[0])));
    }
}
