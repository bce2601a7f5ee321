package org.huzhu.kiosk.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.huzhu.devices.camera.CameraService;
import org.huzhu.devices.camera.CameraSource;
import org.huzhu.devices.camera.FileCameraDriver;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.FaceTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Capturing a face for enrolment with the real face engine (the development pack) through webcam-capture's API over
 * the file-backed driver, fed dlib's public photos: five good frames of John Salley make a unit template that matches
 * another photo of him and not someone else; a photo of dogs, a group, a face that fails liveness, no camera and no
 * engine each end in their own typed reason; and nothing is written anywhere.
 */
@Tag("face-pack")
class FaceCaptureTest {

    /** A photo of John Salley that passes the development pack's liveness (000179, for one, does not). */
    private static final String SALLEY = "johns/John_Salley/000198_02159470.jpg";
    private static final Duration SHORT = Duration.ofSeconds(3);
    private static FaceEngine engine;

    @TempDir
    Path folder;

    @BeforeAll
    static void openEngine() throws Exception {
        engine = TestFaces.openEngine();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void fiveGoodFramesMakeOneUnitTemplateOfThatPerson() throws Exception {
        List<FaceCaptureEvent> events = capture(SALLEY, FaceCapture.GIVE_UP_AFTER);
        FaceTemplate anotherOfHim = TestFaces.templateOf(engine, "johns/John_Salley/000179_02159509.jpg");
        FaceTemplate someoneElse = TestFaces.templateOf(engine, "johns/John_Simm/000288_00470387.jpg");

        assertThat(events.getLast()).isInstanceOfSatisfying(FaceCaptureEvent.Captured.class, captured -> {
            assertThat(captured.frames()).isEqualTo(FaceCapture.FRAMES_WANTED);
            assertThat(captured.template().modelId()).isEqualTo(engine.embedderId());
            FaceTemplate template = FaceTemplate.of(captured.template().modelId(), captured.template().vector());
            assertThat(template.similarity(anotherOfHim))
                    .as("another photo of him").isGreaterThanOrEqualTo(engine.similarityThreshold());
            assertThat(template.similarity(someoneElse))
                    .as("someone else").isLessThan(engine.similarityThreshold());
        });
        assertThat(events).filteredOn(FaceCaptureEvent.Progress.class::isInstance)
                .map(event -> ((FaceCaptureEvent.Progress) event).goodFrames())
                .as("progress counts up, each count once").isSorted().doesNotHaveDuplicates();
    }

    @Test
    void noFaceSeveralFacesAndAFailedLivenessEachSayWhy() throws Exception {
        assertThat(capture("faces/dogs.jpg", SHORT).getLast())
                .isEqualTo(new FaceCaptureEvent.Failed(FaceCaptureProblem.NO_FACE));
        assertThat(capture("faces/2008_002506.jpg", SHORT).getLast())
                .isEqualTo(new FaceCaptureEvent.Failed(FaceCaptureProblem.SEVERAL_FACES));
        assertThat(capture("johns/John_Salley/000197_02159322.jpg", SHORT).getLast())
                .isEqualTo(new FaceCaptureEvent.Failed(FaceCaptureProblem.NOT_LIVE));
    }

    @Test
    void withoutACameraOrAnEngineItSaysSo() throws Exception {
        List<FaceCaptureEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        new FaceCapture(StationCamera.none(), FaceCapture.FRAMES_WANTED, SHORT).start(events::add).close();
        assertThat(events).containsExactly(new FaceCaptureEvent.Failed(FaceCaptureProblem.NO_CAMERA));

        // Without an engine, the capture's own thread says so (it is where the engine would load) before any frame.
        java.util.concurrent.BlockingQueue<FaceCaptureEvent> withoutEngine =
                new java.util.concurrent.LinkedBlockingQueue<>();
        try (CameraService camera = fileCamera(frames(SALLEY));
                FaceCapture.Capture capture = new FaceCapture(Optional.of(camera), Optional.empty(),
                        FaceCapture.FRAMES_WANTED, SHORT).start(withoutEngine::add)) {
            assertThat(withoutEngine.poll(10, java.util.concurrent.TimeUnit.SECONDS))
                    .isEqualTo(new FaceCaptureEvent.Failed(FaceCaptureProblem.NO_ENGINE));
        }
    }

    @Test
    void aCaptureWritesNoImageAnywhere() throws Exception {
        Path frames = frames(SALLEY);
        List<Path> before = TestFaces.everyFileUnder(folder);

        assertThat(capture(frames, FaceCapture.GIVE_UP_AFTER).getLast())
                .isInstanceOf(FaceCaptureEvent.Captured.class);

        assertThat(TestFaces.everyFileUnder(folder)).as("the camera's folder and the test's: no frame saved")
                .isEqualTo(before);
    }

    private List<FaceCaptureEvent> capture(String photo, Duration giveUpAfter) throws Exception {
        return capture(frames(photo), giveUpAfter);
    }

    /** Captures from {@code frames} until the outcome; every event, in order. */
    private static List<FaceCaptureEvent> capture(Path frames, Duration giveUpAfter) throws Exception {
        LinkedBlockingQueue<FaceCaptureEvent> queue = new LinkedBlockingQueue<>();
        List<FaceCaptureEvent> seen = new ArrayList<>();
        try (CameraService camera = fileCamera(frames);
                FaceCapture.Capture capture = new FaceCapture(Optional.of(camera), Optional.of(engine),
                        FaceCapture.FRAMES_WANTED, giveUpAfter).start(queue::add)) {
            while (seen.isEmpty() || seen.getLast() instanceof FaceCaptureEvent.Progress) {
                FaceCaptureEvent event = queue.poll(giveUpAfter.toSeconds() + 30, TimeUnit.SECONDS);
                assertThat(event).as("an outcome before the capture's own deadline has long passed").isNotNull();
                seen.add(event);
            }
        }
        return seen;
    }

    private static CameraService fileCamera(Path frames) {
        return CameraService.start(new FileCameraDriver(new CameraSource.ImageFiles(frames, 30,
                CameraSource.ImageFiles.AtEnd.LOOP)), Optional.empty(), CameraService.DEFAULT_STALL_TIMEOUT);
    }

    /** A folder the file camera plays: the photo as a still camera picture, four frames. */
    private Path frames(String photo) throws IOException {
        Path frames = Files.createDirectories(folder.resolve("camera-" + Math.abs(photo.hashCode())));
        for (int i = 0; i < 4; i++) {
            Files.copy(TestFaces.PHOTOS.resolve(photo), frames.resolve("frame-" + i + ".jpg"));
        }
        return frames;
    }

}
