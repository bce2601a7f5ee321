package org.huzhu.devices.camera;

/**
 * Everything a camera session reports besides frames. Immutable values, delivered on the session's own listener
 * thread (never the FX thread: hand them over with {@code FxThread}).
 *
 * <p>Per session the order is: either {@link NoCamera}, or {@link Opened} followed by frames, any number of
 * {@link FrameUnreadable}, at most one {@link StreamEnded} and at most one {@link Failed}; and always, last,
 * exactly one {@link Closed}. The camera is on (the UI shows its indicator) from {@code Opened} to {@code Closed}.
 */
public sealed interface CameraEvent {

    /** The camera is open and frames follow. */
    record Opened(String cameraName, Resolution resolution) implements CameraEvent {
    }

    /**
     * No camera could be used: none connected, none whose name contains the hint, no images at the configured
     * path, or the driver could not load. {@link Closed} follows; the next session looks again.
     *
     * @param reason one sentence for an installer, e.g. "no camera found (native camera, name containing 'HD')"
     */
    record NoCamera(String reason) implements CameraEvent {
    }

    /**
     * One frame could not be read (an image file that is not an image); the stream goes on with the next one.
     *
     * @param frameName which frame (the file's name)
     */
    record FrameUnreadable(String frameName, String problem) implements CameraEvent {
    }

    /** A finite source (a folder played once) has no more frames; the camera stays open until the session closes. */
    record StreamEnded(String cameraName, long framesCaptured) implements CameraEvent {
    }

    /**
     * The camera stopped working while open (unplugged, the driver failed, or no frame for the stall timeout). The
     * device is released, {@link Closed} follows, and the next session opens the camera afresh.
     */
    record Failed(String cameraName, Failure failure, String detail) implements CameraEvent {
    }

    /** Why an open camera stopped. */
    enum Failure {
        /** The device could not be opened (busy, or gone between discovery and opening). */
        COULD_NOT_OPEN,
        /** The device went away or its driver failed while streaming. */
        DISCONNECTED,
        /** The device stayed open but delivered no frame for the stall timeout. */
        STALLED
    }

    /**
     * The session is over (the caller closed it, the service closed, or after {@link NoCamera} or {@link Failed}).
     * No event and no frame follows. When this was the last open session, the device was released before this.
     *
     * @param framesDelivered frames this session's listener received
     * @param framesDropped frames captured while this listener was still busy with an earlier one (latest wins)
     */
    record Closed(long framesDelivered, long framesDropped) implements CameraEvent {
    }
}
