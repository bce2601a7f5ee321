package org.huzhu.devices.camera;

import com.github.sarxos.webcam.WebcamException;

/**
 * Thrown by {@link FileCameraDevice#getImage()} for one image that cannot be decoded; the stream goes on. A
 * {@link WebcamException} because the driver interface allows no checked exception.
 */
final class FrameUnreadableException extends WebcamException {

    private final String frameName;

    FrameUnreadableException(String frameName, String problem) {
        super(frameName + " is not a readable image: " + problem);
        this.frameName = frameName;
    }

    String frameName() {
        return frameName;
    }
}
