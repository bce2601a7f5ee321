package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.huzhu.kiosk.app.DemoCamera;
import java.util.Optional;
import org.huzhu.kiosk.face.FaceTemplateStore;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sign-in through the camera on the demo kiosk (issue 14), headless: webcam-capture's API over the demo's simulated
 * camera, the real face engine (the development pack) and the real embedded server. Li Jianguo's face, enrolled with
 * his consent as the demo enrols it, signs him in; a stranger, a photo that fails the liveness check, several people
 * and a picture of dogs lead to gentle prompts and then "please tap your card"; his resident code on a phone signs
 * him in too; and no picture is written anywhere meanwhile.
 */
class CameraSignInFlowTest extends DemoKioskWindowTest {

    /** The coach's patience with frames that show no usable face ({@code FaceCoach.PATIENCE}), and some. */
    private static final int PATIENT_SECONDS = 40;

    @Test
    void liSignsInByFaceAndAStrangerIsAskedToTapTheirCard(FxRobot robot) throws Exception {
        enrolLiAndAwaitHisTemplate();
        List<Path> imagesBefore = picturesWritten(data);

        openCamera(robot);
        assertThat(text(robot, "#camera-purpose")).isEqualTo("摄像头只用来认出您，不保存照片。");
        awaitShown(robot, "#camera-on");
        robot.clickOn("#demo-picture-stranger");
        awaitText(robot, "#message-title", "请刷社保卡登录", 30);
        assertThat(text(robot, "#message-body")).doesNotContain("认不出", "假");
        robot.clickOn("#message-ok");

        openCamera(robot);
        awaitShown(robot, "#camera-preview");
        FlowScreens.captureBothLanguages(robot, "camera", true);
        robot.clickOn("#demo-picture-li-face");
        awaitText(robot, "#home-greeting", "Hello, 李建国", 30);
        // What he confirms now is signed as a face sign-in by his card's pseudonym (docs/protocol.md §1).
        assertThat(kiosk.context().camera().signInByFace(TestCommunity.LI)).isEqualTo(new SignInOutcome.SignedIn(
                new Resident(TestCommunity.LI, "李建国", Language.EN),
                new Actor(TestCommunity.cardOf(kiosk, TestCommunity.LI).cardHash(), SignInMethod.FACE),
                Optional.empty()));

        assertThat(picturesWritten(data)).as("no camera picture saved").isEqualTo(imagesBefore);
    }

    @Test
    void aPhotoThatFailsLivenessNeverSignsIn(FxRobot robot) throws Exception {
        enrolLiAndAwaitHisTemplate();
        openCamera(robot);
        awaitShown(robot, "#camera-on");
        robot.clickOn("#demo-picture-li-printed");
        awaitText(robot, "#message-title", "请刷社保卡登录", 30);
        assertThat(robot.lookup("#home-greeting").tryQuery()).isEmpty();
    }

    @Test
    void dogsAndAGroupAreAskedKindlyThenToTapTheirCard(FxRobot robot) throws Exception {
        enrolLiAndAwaitHisTemplate();
        openCamera(robot);
        awaitShown(robot, "#camera-on");
        robot.clickOn("#demo-picture-dogs");
        awaitText(robot, "#camera-prompt", "请看着屏幕", 10);
        awaitText(robot, "#message-title", "请刷社保卡登录", PATIENT_SECONDS);
        robot.clickOn("#message-ok");

        openCamera(robot);
        awaitShown(robot, "#camera-on");
        robot.clickOn("#demo-picture-group");
        awaitText(robot, "#camera-prompt", "请一位一位来", 10);
        FlowScreens.captureBothLanguages(robot, "camera-one-at-a-time", true);
        FlowScreens.auditAt(robot, 1366, 768, "camera"); // a 1366 × 768 kiosk screen, both languages and text sizes
        awaitText(robot, "#message-title", "请刷社保卡登录", PATIENT_SECONDS);
    }

    @Test
    void wangSignsInWithTheCodeOnHerFamilysPhoneAndHerCardLetsHerGiveMore(FxRobot robot) throws Exception {
        TestCommunity.awaitDemoSnapshot(kiosk); // the server knows her: it can issue her code
        openCamera(robot);
        robot.clickOn("#camera-back");
        awaitShown(robot, "#welcome-primary");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#demo-picture-wang-code").query()
                .isVisible());

        openCamera(robot);
        awaitShown(robot, "#camera-on");
        robot.clickOn("#demo-picture-wang-code");
        awaitText(robot, "#home-greeting", "您好，王秀英", 30);
        awaitShown(robot, "#choice-timebank"); // the greeting can be drawn a pulse before the choices below it

        // Giving two hours away after a code sign-in needs her card too (docs/protocol.md §8.1); tapping it then
        // lets the same screen go on, signed as the card's.
        robot.clickOn("#choice-timebank");
        robot.clickOn("#timebank-give");
        robot.clickOn("#family-" + TestCommunity.LI);
        robot.clickOn("#amount-120");
        robot.clickOn("#confirm-transfer");
        awaitText(robot, "#screen-problem", "要转这么多时间，请再刷一下您的卡。", 10);
        awaitShown(robot, "#demo-wang");
        robot.clickOn("#demo-wang");
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS); // the card is read, and taken away again
        robot.clickOn("#confirm-transfer");
        awaitShown(robot, "#transfer-done-what");
    }

    private void openCamera(FxRobot robot) throws Exception {
        awaitShown(robot, "#attract-camera");
        robot.clickOn("#attract-camera");
        awaitText(robot, "#screen-title", "请看摄像头", 10);
    }

    private void enrolLiAndAwaitHisTemplate() throws Exception {
        assertThat(DemoCamera.PHOTOS).as("dlib's photos (apt-get install libdlib19.1)").exists();
        TestCommunity.awaitDemoSnapshot(kiosk);
        assertThat(kiosk.enrolDemoFaces()).as("the demo enrols Li's face (needs the face model pack)").isTrue();
        FaceTemplateStore store = new FaceTemplateStore(kiosk.journal().database());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!store.holds(TestCommunity.LI)) {
            assertThat(Instant.now()).as("Li's template reached the kiosk").isBefore(deadline);
            kiosk.context().sync().orElseThrow().nudge();
            Thread.sleep(200);
        }
    }

    private static void awaitText(FxRobot robot, String query, String expected, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> robot.lookup(query)
                .tryQueryAs(javafx.scene.control.Labeled.class)
                .map(l -> expected.equals(l.getText()) && l.getScene() != null).orElse(false));
    }

    /**
     * Every image file in the kiosk's data folder, and ImageIO's cache files in the temporary folder (where a picture
     * would go if ImageIO cached one on disk): other processes' files there are not this kiosk's business.
     */
    private static List<Path> picturesWritten(Path dataFolder) throws IOException {
        List<Path> pictures = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(dataFolder)) {
            files.filter(Files::isRegularFile).filter(file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".bmp");
            }).forEach(pictures::add);
        }
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            files.filter(file -> file.getFileName().toString().startsWith("imageio")).forEach(pictures::add);
        }
        return pictures.stream().sorted().toList();
    }
}
