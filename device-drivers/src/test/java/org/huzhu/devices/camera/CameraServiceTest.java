package org.huzhu.devices.camera;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import com.github.sarxos.webcam.WebcamException;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.huzhu.devices.camera.testsupport.CameraRecorder;
import org.huzhu.devices.camera.testsupport.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The camera service through webcam-capture's driver API with the file-backed driver (and two stub drivers). */
class CameraServiceTest {

    @TempDir
    Path temp;

    private CameraService service;

    @AfterEach
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    private CameraService startOn(CameraSource.ImageFiles source) {
        service = CameraService.start(source);
        return service;
    }

    private CameraSource.ImageFiles played(Path folder, int fps, CameraSource.AtEnd atEnd) {
        return new CameraSource.ImageFiles(folder, fps, atEnd);
    }

    @Test
    void framesArriveInOrderOnTheSessionsOwnThread() throws InterruptedException {
        Path folder = TestImages.greyFrames(temp.resolve("frames"), 8);
        CameraRecorder recorder = new CameraRecorder();
        CameraSession session = startOn(played(folder, 30, CameraSource.AtEnd.STOP)).open(recorder);

        CameraEvent.StreamEnded ended = recorder.await(CameraEvent.StreamEnded.class);
        session.close();
        CameraEvent.Closed closed = recorder.await(CameraEvent.Closed.class);

        assertThat(ended.framesCaptured()).isEqualTo(8);
        List<Frame> frames = recorder.frames();
        assertThat(frames).isNotEmpty();
        assertThat(frames).isSortedAccordingTo((a, b) -> Long.compare(a.sequence(), b.sequence()));
        assertThat(frames).extracting(Frame::sequence).doesNotHaveDuplicates();
        assertThat(frames.getLast().sequence()).as("the last frame is never dropped").isEqualTo(7);
        for (Frame frame : frames) {
            assertThat(TestImages.greyOf(frame.image())).as("frame %d is file %d", frame.sequence(), frame.sequence())
                    .isEqualTo(TestImages.grey((int) frame.sequence()));
            assertThat(frame.image().getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        }
        assertThat(closed.framesDelivered() + closed.framesDropped()).isEqualTo(8);
        assertThat(recorder.delivered().getFirst()).isInstanceOf(CameraEvent.Opened.class);
        assertThat(recorder.delivered().getLast()).isEqualTo(closed);
        assertThat(recorder.threadNames()).allMatch(name -> name.startsWith(CameraSession.LISTENER_THREAD_PREFIX))
                .doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void aSlowListenerGetsTheLatestFrameAndTheOthersAreDropped() throws InterruptedException {
        Path folder = TestImages.greyFrames(temp.resolve("frames"), 20);
        CountDownLatch streamEnded = new CountDownLatch(1);
        CameraRecorder fast = new CameraRecorder() {
            @Override
            public void onCameraEvent(CameraEvent event) {
                super.onCameraEvent(event);
                if (event instanceof CameraEvent.StreamEnded) {
                    streamEnded.countDown();
                }
            }
        };
        CameraRecorder slow = new CameraRecorder() {
            @Override
            public void onFrame(Frame frame) {
                super.onFrame(frame);
                try {
                    // Busy with its first frame until every other frame has been captured.
                    streamEnded.await(CameraRecorder.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        CameraService camera = startOn(played(folder, 60, CameraSource.AtEnd.STOP));
        CameraSession slowSession = camera.open(slow);
        CameraSession fastSession = camera.open(fast);

        slow.await(CameraEvent.StreamEnded.class);
        slowSession.close();
        fastSession.close();
        CameraEvent.Closed closed = slow.await(CameraEvent.Closed.class);

        List<Frame> frames = slow.frames();
        assertThat(frames).hasSizeLessThanOrEqualTo(2);
        assertThat(frames.getLast().sequence()).as("latest wins").isEqualTo(19);
        assertThat(closed.framesDelivered()).isEqualTo(frames.size());
        assertThat(closed.framesDelivered() + closed.framesDropped()).isEqualTo(20);
        assertThat(slowSession.framesDropped()).isGreaterThanOrEqualTo(18);
    }

    @Test
    void theCameraIsOpenOnlyWhileASessionIs() throws InterruptedException {
        Path folder = TestImages.greyFrames(temp.resolve("frames"), 3);
        FileCameraDriver driver = new FileCameraDriver(played(folder, 20, CameraSource.AtEnd.LOOP));
        WebcamDevice device = driver.getDevices().getFirst();
        service = CameraService.start(driver, Optional.empty(), CameraService.DEFAULT_STALL_TIMEOUT);
        assertThat(device.isOpen()).as("starting the service opens nothing").isFalse();

        CameraRecorder first = new CameraRecorder();
        CameraRecorder second = new CameraRecorder();
        CameraSession one = service.open(first);
        first.await(CameraEvent.Opened.class);
        CameraSession two = service.open(second);
        second.await(CameraEvent.Opened.class);
        assertThat(device.isOpen()).isTrue();

        one.close();
        first.await(CameraEvent.Closed.class);
        assertThat(device.isOpen()).as("another session still holds the camera").isTrue();
        two.close();
        second.await(CameraEvent.Closed.class);
        assertThat(device.isOpen()).as("released before the last Closed").isFalse();
        assertThat(two.awaitClosed(CameraRecorder.PATIENCE)).isTrue();
        assertThat(second.delivered().getLast()).isInstanceOf(CameraEvent.Closed.class);

        CameraRecorder again = new CameraRecorder();
        service.open(again);
        assertThat(again.await(CameraEvent.Opened.class).cameraName()).isEqualTo(device.getName());
    }

    @Test
    void noImagesIsNoCamera() {
        CameraRecorder recorder = new CameraRecorder();
        startOn(played(temp.resolve("missing"), 10, CameraSource.AtEnd.LOOP)).open(recorder);

        CameraEvent.NoCamera none = recorder.await(CameraEvent.NoCamera.class);
        recorder.await(CameraEvent.Closed.class);

        assertThat(none.reason()).contains("no camera found").contains(temp.resolve("missing").toString());
        assertThat(recorder.events()).extracting(Object::getClass)
                .containsExactly(CameraEvent.NoCamera.class, CameraEvent.Closed.class);
    }

    @Test
    void anUnreadableImageIsReportedAndTheStreamGoesOn() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("frames"));
        TestImages.writePng(folder.resolve("a.png"), 10);
        Files.writeString(folder.resolve("b.png"), "not a picture");
        TestImages.writePng(folder.resolve("c.png"), 30);
        CameraRecorder recorder = new CameraRecorder();
        startOn(played(folder, 30, CameraSource.AtEnd.STOP)).open(recorder);

        recorder.await(CameraEvent.StreamEnded.class);

        List<Object> delivered = recorder.delivered();
        assertThat(delivered).hasSize(5);
        assertThat(delivered.get(0)).isInstanceOf(CameraEvent.Opened.class);
        assertThat(TestImages.greyOf(((Frame) delivered.get(1)).image())).isEqualTo(10);
        assertThat(delivered.get(2)).isInstanceOfSatisfying(CameraEvent.FrameUnreadable.class,
                unreadable -> assertThat(unreadable.frameName()).isEqualTo("b.png"));
        assertThat(TestImages.greyOf(((Frame) delivered.get(3)).image())).isEqualTo(30);
        assertThat(delivered.get(4)).isEqualTo(new CameraEvent.StreamEnded("images " + folder, 2));
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheCamera() {
        Path folder = TestImages.greyFrames(temp.resolve("frames"), 5);
        CameraRecorder recorder = new CameraRecorder() {
            @Override
            public void onFrame(Frame frame) {
                super.onFrame(frame);
                throw new IllegalStateException("a screen's bug");
            }

            @Override
            public void onCameraEvent(CameraEvent event) {
                super.onCameraEvent(event);
                throw new IllegalStateException("a screen's bug");
            }
        };
        startOn(played(folder, 30, CameraSource.AtEnd.STOP)).open(recorder);

        recorder.await(CameraEvent.StreamEnded.class);

        assertThat(recorder.frames()).isNotEmpty();
        assertThat(recorder.frames().getLast().sequence()).isEqualTo(4);
    }

    @Test
    void aCameraUnpluggedMidStreamFailsTheSessionAndTheNextOpenFindsItAgain() throws IOException {
        Path folder = TestImages.greyFrames(temp.resolve("frames"), 4);
        CameraService camera = startOn(played(folder, 20, CameraSource.AtEnd.LOOP));
        CameraRecorder recorder = new CameraRecorder();
        camera.open(recorder);
        recorder.await(CameraEvent.Opened.class);

        deleteFolder(folder);
        CameraEvent.Failed failed = recorder.await(CameraEvent.Failed.class);
        recorder.await(CameraEvent.Closed.class);
        assertThat(failed.failure()).isEqualTo(CameraEvent.Failure.DISCONNECTED);

        TestImages.greyFrames(folder, 4);
        CameraRecorder again = new CameraRecorder();
        CameraSession session = camera.open(again);
        again.await(CameraEvent.Opened.class);
        session.close();
        again.await(CameraEvent.Closed.class);
        assertThat(again.events()).extracting(Object::getClass).doesNotContain(CameraEvent.Failed.class);
    }

    @Test
    void aCameraThatDeliversNothingStalls() {
        service = CameraService.start(new StubDriver(new SilentDevice()), Optional.empty(), Duration.ofMillis(300));
        CameraRecorder recorder = new CameraRecorder();
        service.open(recorder);

        CameraEvent.Failed failed = recorder.await(CameraEvent.Failed.class);
        recorder.await(CameraEvent.Closed.class);

        assertThat(failed.failure()).isEqualTo(CameraEvent.Failure.STALLED);
        assertThat(recorder.frames()).isEmpty();
    }

    @Test
    void aDriverThatThrowsWhileListingIsNoCamera() {
        WebcamDriver broken = new StubDriver(null) {
            @Override
            public List<WebcamDevice> getDevices() {
                throw new WebcamException("v4l2 went away");
            }
        };
        service = CameraService.start(broken, Optional.empty(), CameraService.DEFAULT_STALL_TIMEOUT);
        CameraRecorder recorder = new CameraRecorder();
        service.open(recorder);

        assertThat(recorder.await(CameraEvent.NoCamera.class).reason())
                .contains("could not list cameras").contains("v4l2 went away");
    }

    @Test
    void aDriverWhoseNativeLibraryIsMissingIsNoCamera() {
        CameraDiscovery discovery = new CameraDiscovery(() -> {
            throw new UnsatisfiedLinkError("libcnokhwa.so: cannot open shared object file");
        }, "native camera", Optional.empty());

        assertThat(discovery.list()).isInstanceOfSatisfying(CameraDiscovery.NoneFound.class, none ->
                assertThat(none.reason()).contains("could not load").contains("libcnokhwa.so"));
    }

    @Test
    void theNameHintChoosesTheCamera() {
        Path folder = TestImages.greyFrames(temp.resolve("frames"), 1);
        FileCameraDriver files = new FileCameraDriver(played(folder, 10, CameraSource.AtEnd.LOOP));

        assertThat(CameraDiscovery.forDriver(files, Optional.of("FRAMES")).list())
                .isInstanceOfSatisfying(CameraDiscovery.Found.class, found -> assertThat(found.cameras())
                        .extracting(CameraDiscovery.CameraInfo::resolutions)
                        .containsExactly(List.of(new Resolution(32, 24))));
        assertThat(CameraDiscovery.forDriver(files, Optional.of("Logitech")).list())
                .isInstanceOf(CameraDiscovery.NoneFound.class);
    }

    @Test
    void aSessionOpenedAfterTheServiceClosedIsClosedAtOnce() {
        CameraService camera = startOn(played(temp.resolve("missing"), 10, CameraSource.AtEnd.LOOP));
        camera.close();
        CameraRecorder recorder = new CameraRecorder();
        camera.open(recorder);

        recorder.await(CameraEvent.Closed.class);
        assertThat(recorder.events()).hasSize(1);
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    /** A driver listing the given device (or none). */
    private static class StubDriver implements WebcamDriver {
        private final WebcamDevice device;

        StubDriver(WebcamDevice device) {
            this.device = device;
        }

        @Override
        public List<WebcamDevice> getDevices() {
            return device == null ? List.of() : List.of(device);
        }

        @Override
        public boolean isThreadSafe() {
            return false;
        }
    }

    /** A camera that opens and then never has a picture (a stuck sensor). */
    private static final class SilentDevice implements WebcamDevice {
        private boolean open;

        @Override
        public String getName() {
            return "silent";
        }

        @Override
        public Dimension[] getResolutions() {
            return new Dimension[] {new Dimension(640, 480)};
        }

        @Override
        public Dimension getResolution() {
            return new Dimension(640, 480);
        }

        @Override
        public void setResolution(Dimension size) {
        }

        @Override
        public BufferedImage getImage() {
            return null;
        }

        @Override
        public void open() {
            open = true;
        }

        @Override
        public void close() {
            open = false;
        }

        @Override
        public void dispose() {
            close();
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }
}
