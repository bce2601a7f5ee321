package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.huzhu.devices.camera.CameraSource;
import org.huzhu.devices.camera.FileCameraDriver;
import org.huzhu.kiosk.app.CounterContext;
import org.huzhu.kiosk.face.FaceCapture;
import org.huzhu.kiosk.face.StationCamera;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.FaceEnrolled;
import org.huzhu.protocol.payload.FaceRemoved;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle): enrolling 王秀英's face at the demo counter through its screens, with a file-backed camera
 * showing a public photo of John Salley and the real face engine (the development pack): nothing starts before the
 * consent is ticked; the capture counts its good pictures; the sealed template is signed on the staff card and
 * accepted by the demo server; the file says so; then the face is deleted after a confirmation, accepted too. No
 * image is written anywhere.
 */
@Tag("face-pack")
class CounterFaceFlowTest extends DemoCounterWindowTest {

    private static final Path PHOTOS = Path.of("/usr/share/doc/libdlib19.1/examples");
    /** A photo of him that passes the development pack's liveness (the brief's 000179 does not). */
    private static final String SALLEY = "johns/John_Salley/000198_02159470.jpg";

    private StationCamera camera;
    private Path frames;

    @Override
    CounterContext counterContext() {
        CounterContext demo = stations.counter().counterContext();
        Path pack = Path.of(System.getProperty("huzhu.face.pack", "missing"));
        assertThat(pack.resolve("manifest.json")).as("the development face model pack (bash "
                + "face-engine/packs/fetch-dev-pack.sh) and dlib's photos (apt-get install libdlib19.1)").exists();
        try {
            frames = Files.createDirectories(data.resolve("camera"));
            for (int i = 0; i < 4; i++) {
                Files.copy(PHOTOS.resolve(SALLEY), frames.resolve("frame-" + i + ".jpg"));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        camera = StationCamera.simulated(new FileCameraDriver(new CameraSource.ImageFiles(frames, 30,
                CameraSource.ImageFiles.AtEnd.LOOP)), pack);
        return new CounterContext(demo.station(), demo.desk(), demo.server(), demo.exports(), camera);
    }

    @AfterEach
    void closeCamera() {
        if (camera != null) {
            camera.close();
        }
    }

    @Test
    void aFaceIsEnrolledWithConsentFromSeveralPicturesAndThenDeleted(FxRobot robot) throws Exception {
        signIn(robot);
        awaitTheDemoCommunityAtTheCounter();
        List<Path> filesBefore = everyFileUnder(data);
        tap(robot, "wang");
        awaitText(robot, "#file-name", "王秀英");
        click(robot, "#file-face");

        awaitText(robot, "#counter-title", "为王秀英办理人脸登录");
        assertInTheOtherLanguage(robot, "#counter-title", "Face sign-in for 王秀英");
        assertThat(robot.lookup("#face-start").queryButton().isDisabled()).as("no capture before the consent")
                .isTrue();
        CounterScreens.auditBothSizes(robot, "face-sign-in");
        long head = counterHead();
        click(robot, "#face-consent");
        click(robot, "#face-start");

        awaitText(robot, "#residents-status",
                "已为王秀英登记人脸。各台自助机同步以后（一分钟以内）就可以看着摄像头登录。");
        assertThat(counterHead()).isEqualTo(head + 1);
        Transaction enrolled = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getLast());
        assertThat(enrolled.body().payload()).isInstanceOfSatisfying(FaceEnrolled.class, payload -> {
            assertThat(payload.residentId()).isEqualTo(TestCommunity.WANG);
            assertThat(payload.consent()).isEqualTo(org.huzhu.kiosk.desk.FaceEnrolment.CONSENT);
        });
        assertThat(TestCommunity.awaitVerdict(stations.counter(), enrolled.sequence())).isEqualTo("accepted");

        click(robot, "#file-face");
        click(robot, "#face-delete");
        awaitText(robot, "#face-delete-confirm", "要删除王秀英的人脸资料吗？");
        assertInTheOtherLanguage(robot, "#face-delete-confirm", "Delete the face of 王秀英?");
        CounterScreens.auditBothSizes(robot, "face-delete-confirm");
        click(robot, "#face-delete-confirm-button");
        awaitText(robot, "#residents-status", "已删除王秀英的人脸资料。各台自助机同步以后就不能再用人脸登录。");
        Transaction removed = TransactionCodec.decode(FlowScreens.journalEnvelopes(stations.counter().journal())
                .getLast());
        assertThat(removed.body().payload()).isEqualTo(new FaceRemoved(TestCommunity.WANG, "resident asked"));
        assertThat(TestCommunity.awaitVerdict(stations.counter(), removed.sequence())).isEqualTo("accepted");

        assertThat(everyFileUnder(data)).as("no picture saved anywhere in the stations' folders")
                .noneMatch(file -> !filesBefore.contains(file) && isPicture(file));
    }

    @Test
    void aCaptureThatFindsNoUsableFaceSaysWhyAndRecordsNothing(FxRobot robot) throws Exception {
        for (int i = 0; i < 4; i++) {
            Files.copy(PHOTOS.resolve("faces/dogs.jpg"), frames.resolve("frame-" + i + ".jpg"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        signIn(robot);
        tap(robot, "wang");
        awaitText(robot, "#file-name", "王秀英");
        click(robot, "#file-face");
        long head = counterHead();
        click(robot, "#face-consent");
        click(robot, "#face-start");
        awaitShown(robot, "#face-progress");
        CounterScreens.auditBothSizes(robot, "face-capturing");
        WaitForAsyncUtils.waitFor(FaceCapture.GIVE_UP_AFTER.toSeconds() + 20, TimeUnit.SECONDS,
                () -> robot.lookup("#counter-problem").tryQueryAs(javafx.scene.control.Label.class)
                        .map(label -> label.isVisible() && !label.getText().isEmpty()).orElse(false));
        assertThat(text(robot, "#counter-problem"))
                .isEqualTo("摄像头没有看到人脸。请居民坐到摄像头正前方，然后再拍一次。");
        assertThat(counterHead()).as("nothing recorded").isEqualTo(head);
    }

    private static boolean isPicture(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".bmp");
    }

    private static List<Path> everyFileUnder(Path root) throws java.io.IOException {
        try (var files = Files.walk(root)) {
            return files.sorted().toList();
        }
    }
}
