package org.huzhu.devices.qr;

/**
 * Hears each distinct code a {@link QrScanner} reads, once, on the scanner's decoding thread (never the FX thread).
 * While it runs the scanner skips frames, so it should return quickly.
 */
@FunctionalInterface
public interface QrCodeListener {

    void onCode(QrCode code);
}
