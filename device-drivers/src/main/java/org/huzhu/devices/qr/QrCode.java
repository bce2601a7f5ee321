package org.huzhu.devices.qr;

/**
 * A QR code seen by the camera.
 *
 * @param text the code's content
 * @param capturedAtNanos {@link System#nanoTime()} when the frame it was read from was captured
 * @param frameSequence that frame's {@code Frame.sequence()}
 */
public record QrCode(String text, long capturedAtNanos, long frameSequence) {
}
