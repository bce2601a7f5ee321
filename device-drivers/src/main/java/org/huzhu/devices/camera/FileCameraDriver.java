package org.huzhu.devices.camera;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import java.util.List;

/**
 * A webcam-capture driver with one camera made of image files ({@link FileCameraDevice}), for tests, the demo and
 * installers aiming without a camera. Lists the camera only while the path holds at least one image, so an empty or
 * missing folder is "no camera". Always the same device instance. Thread-safe.
 */
public final class FileCameraDriver implements WebcamDriver {

    private final CameraSource.ImageFiles source;
    private final FileCameraDevice device;

    public FileCameraDriver(CameraSource.ImageFiles source) {
        this.source = source;
        this.device = new FileCameraDevice(source);
    }

    @Override
    public List<WebcamDevice> getDevices() {
        return FileCameraDevice.imagesAt(source.path()).isEmpty() ? List.of() : List.of(device);
    }

    /** The device is driven from one thread at a time, the service's capture thread. */
    @Override
    public boolean isThreadSafe() {
        return false;
    }

    @Override
    public String toString() {
        return "file camera driver for " + source.describe();
    }
}
