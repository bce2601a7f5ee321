package org.huzhu.devices.qr;

/** What decoding a picture gave: the text of a QR code in it, or none. */
public sealed interface QrResult {

    /** A QR code was read; {@code text} is its content (UTF-8 unless the code says otherwise). */
    record Found(String text) implements QrResult {
    }

    /** No QR code could be read in the picture. */
    record NotFound() implements QrResult {
    }
}
