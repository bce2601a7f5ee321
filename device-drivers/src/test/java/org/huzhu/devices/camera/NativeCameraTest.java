package org.huzhu.devices.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.huzhu.devices.camera.testsupport.CameraRecorder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real native driver (webcam-capture-driver-native over V4L2) on this machine, which has no camera: discovery
 * must say so as a typed outcome, never an exception.
 */
class NativeCameraTest {

    private static void requireNoCamera() {
        Assumptions.assumeFalse(Files.exists(Path.of("/dev/video0")),
                "this machine has a camera (/dev/video0): the no-camera outcome cannot be checked here");
    }

    @Test
    void discoveryWithoutACameraIsNoneFound() {
        requireNoCamera();

        assertThat(CameraDiscovery.forSource(new CameraSource.NativeCamera(Optional.empty())).list())
                .isInstanceOfSatisfying(CameraDiscovery.NoneFound.class,
                        none -> assertThat(none.reason()).contains("native camera"));
    }

    @Test
    void aSessionWithoutACameraGetsNoCameraThenClosed() {
        requireNoCamera();
        CameraRecorder recorder = new CameraRecorder();
        try (CameraService service = CameraService.start(CameraSource.fromSetting("native:HD Webcam"))) {
            service.open(recorder);

            CameraEvent.NoCamera none = recorder.await(CameraEvent.NoCamera.class);
            recorder.await(CameraEvent.Closed.class);

            assertThat(none.reason()).contains("name containing 'HD Webcam'");
        }
    }
}
