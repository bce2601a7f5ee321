package org.huzhu.kiosk.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.huzhu.devices.camera.CameraService;
import org.huzhu.devices.camera.CameraSource;
import org.huzhu.devices.camera.FileCameraDriver;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.FaceGallery;
import org.huzhu.face.FaceTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in through the camera with the real face engine (the development pack) and webcam-capture's API over our
 * file-backed driver, fed the public dlib photos (issue 14): the enrolled, live face signs in; an unknown face, a
 * photo of dogs, a group, and a face that fails liveness each get prompts and then "tap your card"; a QR code is
 * handed on; and nothing is written anywhere while the camera looks.
 */
class CameraSignInTest {

    private static final UUID SALLEY = UUID.fromString("00000000-0000-4000-8000-00000000005a");
    private static final UUID SIMM = UUID.fromString("00000000-0000-4000-8000-0000000000c0");
    private static final Duration WAIT = Duration.ofSeconds(60);
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
    void theEnrolledLiveFaceSignsIn() throws Exception {
        assertThat(run(camera("johns/John_Salley/000198_02159470.jpg"), Duration.ofSeconds(20)))
                .contains(new CameraSignInEvent.FaceMatched(SALLEY));
    }

    @Test
    void anUnknownFaceGetsTapYourCard() throws Exception {
        assertThat(run(camera("faces/Tom_Cruise_avp_2014_4.jpg"), Duration.ofSeconds(20)))
                .contains(new CameraSignInEvent.TapCardInstead())
                .noneMatch(event -> event instanceof CameraSignInEvent.FaceMatched);
    }

    @Test
    void aFaceThatFailsLivenessGetsTapYourCardAndNeverSignsIn() throws Exception {
        assertThat(run(camera("johns/John_Salley/000197_02159322.jpg"), Duration.ofSeconds(20)))
                .contains(new CameraSignInEvent.TapCardInstead())
                .noneMatch(event -> event instanceof CameraSignInEvent.FaceMatched);
    }

    @Test
    void noFaceOrAGroupGetTheirPromptThenTapYourCard() throws Exception {
        assertThat(run(camera("faces/dogs.jpg"), Duration.ofSeconds(2)))
                .containsSubsequence(new CameraSignInEvent.CameraOn(), new CameraSignInEvent.TapCardInstead());
        assertThat(run(camera("faces/2008_002506.jpg"), Duration.ofSeconds(4)))
                .contains(new CameraSignInEvent.TapCardInstead())
                .noneMatch(event -> event instanceof CameraSignInEvent.FaceMatched);
    }

    @Test
    void nothingIsWrittenWhileTheCameraLooks() throws Exception {
        Path frames = camera("johns/John_Salley/000198_02159470.jpg");
        List<Path> before = TestFaces.everyFileUnder(folder);

        assertThat(run(frames, Duration.ofSeconds(20))).contains(new CameraSignInEvent.FaceMatched(SALLEY));

        assertThat(TestFaces.everyFileUnder(folder)).as("the camera's folder and the test's: no frame saved")
                .isEqualTo(before);
    }

    /** Watches {@code frames} until the watch ends (or {@code WAIT}); the events, in order. */
    private List<CameraSignInEvent> run(Path frames, Duration patience) throws Exception {
        LinkedBlockingQueue<CameraSignInEvent> events = new LinkedBlockingQueue<>();
        try (CameraService camera = CameraService.start(new FileCameraDriver(
                new CameraSource.ImageFiles(frames, 30, CameraSource.ImageFiles.AtEnd.LOOP)), Optional.empty(),
                CameraService.DEFAULT_STALL_TIMEOUT)) {
            CameraSignIn signIn = new CameraSignIn(camera, Optional.of(engine), patience);
            List<CameraSignInEvent> seen = new ArrayList<>();
            try (CameraSignIn.Watch watch = signIn.watch(Optional.of(gallery()), events::add)) {
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (System.nanoTime() < deadline) {
                    CameraSignInEvent event = events.poll(1, TimeUnit.SECONDS);
                    if (event == null) {
                        continue;
                    }
                    seen.add(event);
                    if (event instanceof CameraSignInEvent.FaceMatched
                            || event instanceof CameraSignInEvent.TapCardInstead
                            || event instanceof CameraSignInEvent.NoCamera) {
                        break;
                    }
                }
            }
            return seen;
        }
    }

    /** Salley enrolled from another of his photos, and a second resident from a photo of someone else. */
    private static FaceGallery<UUID> gallery() throws IOException {
        FaceTemplate salley = TestFaces.templateOf(engine, "johns/John_Salley/000179_02159509.jpg");
        FaceTemplate other = TestFaces.templateOf(engine, "johns/John_Simm/000288_00470387.jpg");
        return FaceGallery.of(engine.embedderId(), engine.templateDimensions(),
                List.of(Map.entry(SALLEY, salley), Map.entry(SIMM, other)));
    }

    /** A folder the file camera plays: the photo as a still camera picture, four frames. */
    private Path camera(String photo) throws IOException {
        Path frames = Files.createDirectories(folder.resolve("camera-" + Math.abs(photo.hashCode())));
        for (int i = 0; i < 4; i++) {
            Files.copy(TestFaces.PHOTOS.resolve(photo), frames.resolve("frame-" + i + ".jpg"));
        }
        return frames;
    }

}
