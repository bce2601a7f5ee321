package org.huzhu.devices.camera;

/**
 * Receives one camera session's events and frames, on that session's own listener thread (never the camera's
 * capture thread, never the FX thread), one call at a time and in order. A slow listener does not slow the camera:
 * frames that arrive while it is busy are dropped, and it gets the latest one next. Nothing it throws stops the
 * camera (it is logged and dropped).
 *
 * <p>Must not wait for its own session to close ({@link CameraSession#awaitClosed}) from inside these methods.
 */
public interface CameraListener {

    void onCameraEvent(CameraEvent event);

    /** A new frame; the default ignores it (a listener that only shows the camera-on indicator). */
    default void onFrame(Frame frame) {
    }
}
