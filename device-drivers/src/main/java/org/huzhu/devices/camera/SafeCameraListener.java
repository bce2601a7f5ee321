package org.huzhu.devices.camera;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a session's listener. A bug in one screen's listener must not stop the camera for the others, so a
 * {@link RuntimeException} it throws is logged and dropped (the first one in full, later ones counted, as a listener
 * failing on every frame would otherwise fill the log at the frame rate). Listener thread only.
 */
final class SafeCameraListener {

    private static final Logger LOG = LoggerFactory.getLogger(SafeCameraListener.class);

    private final CameraListener listener;
    private long failures;

    SafeCameraListener(CameraListener listener) {
        this.listener = listener;
    }

    void deliver(Object item) {
        try {
            if (item instanceof Frame frame) {
                listener.onFrame(frame);
            } else {
                listener.onCameraEvent((CameraEvent) item);
            }
        } catch (RuntimeException e) {
            failures++;
            if (failures == 1) {
                LOG.error("Camera listener failed on {}", describe(item), e);
            } else {
                LOG.debug("Camera listener failed again ({} times) on {}: {}", failures, describe(item), e.toString());
            }
        }
    }

    private static String describe(Object item) {
        return item instanceof Frame frame ? "frame " + frame.sequence() : item.getClass().getSimpleName();
    }
}
