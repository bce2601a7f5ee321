package org.huzhu.devices.camera;

import com.github.sarxos.webcam.WebcamException;

/**
 * Thrown by {@link FileCameraDevice} when its folder or file is gone: the file-backed way of unplugging the camera.
 */
final class CameraGoneException extends WebcamException {

    CameraGoneException(String message) {
        super(message);
    }
}
