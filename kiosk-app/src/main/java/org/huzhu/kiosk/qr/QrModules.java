package org.huzhu.kiosk.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The one way the kiosk makes a QR code (ZXing, error correction M, which survives a smudged slip or a scratched
 * phone screen): the dark and light modules, for whoever draws them — a PDF page, the demo's phone, the on-screen
 * receipt. Reading codes is device-drivers' {@code QrDecoder}. Thread-safe.
 */
public final class QrModules {

    private QrModules() {
    }

    /**
     * The modules of {@code payload} with {@code quietZone} light modules around them (readers need four; a page or
     * paper that leaves its own white may ask for fewer).
     *
     * @throws IllegalArgumentException if the payload is too long for any QR code (our payloads are far shorter)
     */
    public static BitMatrix of(String payload, int quietZone) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, quietZone));
        } catch (WriterException e) {
            throw new IllegalArgumentException("a payload of " + payload.length() + " characters does not fit a QR code",
                    e);
        }
    }
}
