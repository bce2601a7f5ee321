package org.huzhu.kiosk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.app.DemoDevices;
import org.huzhu.kiosk.app.KioskRuntime;
import org.huzhu.kiosk.config.KioskConfig;
import org.huzhu.kiosk.ui.audit.KioskUnderTest;

/**
 * Child-JVM program for {@link RealWindowScreenshotTest}: opens the real demo kiosk window on the real glass platform
 * (GTK under Xvfb) and walks it with real mouse clicks, capturing each screen from the screen: attract (Chinese, then
 * English after the toggle), an unregistered card's message, home for a Chinese- and an English-speaking resident (each
 * also at the larger text step), "Do you need more time?" after the idle time (in both languages), and the banner when
 * the reader is unplugged, and the demo staff card's PIN screen (with a wrong PIN's answer) and staff screen in both
 * languages, and 王秀英's "My aid". Beside each PNG a {@code .properties} file records where key texts are,
 * so the test can examine their pixels. Usage: {@code ScreenshotTour OUTPUT_DIR DATA_DIR}.
 */
public final class ScreenshotTour {

    /** Labels whose text and position each capture records, when the screen shows them. */
    private static final List<String> RECORDED_TEXTS = List.of("welcome-primary", "welcome-secondary",
            "home-greeting", "message-title", "reader-banner", "idle-title", "idle-countdown", "screen-title",
            "pin-problem");
    /** Idle long enough for each capture of a signed-in screen, short enough not to wait long for the question. */
    private static final KioskConfig CONFIG =
            KioskUnderTest.idleTimes(java.time.Duration.ofSeconds(6), java.time.Duration.ofSeconds(20));

    private ScreenshotTour() {
    }

    public static void main(String[] args) {
        RealWindowDriver.runThenExit(args, ScreenshotTour::tour);
    }

    private static void tour(Path out, Path data) throws Exception {
        KioskRuntime kiosk = TestKiosks.demo(data, CONFIG);
        TestCommunity.awaitDemoSnapshot(kiosk);
        Platform.startup(() -> { });
        Stage kioskStage = RealWindowDriver.onFx(() -> {
            Stage s = new Stage();
            KioskWindow.open(s, kiosk.context());
            return s;
        });
        RealWindowDriver window = new RealWindowDriver(kioskStage, out, RECORDED_TEXTS);
        window.settle();
        window.capture("attract-zh-CN");
        window.click("#language-toggle");
        window.capture("attract-en");

        window.click("#demo-unregistered");
        window.awaitShown("#message-title");
        window.capture("message-not-registered-en");
        window.click("#message-ok");
        window.click("#language-toggle");
        window.awaitEnabled("#demo-wang");

        window.click("#demo-wang");
        window.awaitShown("#home-greeting");
        window.capture("home-zh-CN");
        window.click("#text-size");
        window.capture("home-large-zh-CN");
        window.click("#text-size");
        window.awaitShown("#idle-prompt"); // nobody touches the screen for the idle time
        window.settle();
        window.capture("idle-prompt-zh-CN");
        window.click("#language-toggle");
        window.capture("idle-prompt-en");
        window.click("#idle-continue");
        window.click("#sign-out");
        window.awaitEnabled("#demo-wang");
        window.click("#demo-li");
        window.awaitShown("#home-greeting");
        window.settle();
        window.capture("home-en");
        window.click("#text-size");
        window.capture("home-large-en");
        window.click("#text-size");
        journey(window, kiosk, TestCommunity.LI, TestCommunity.WANG, "en");
        window.awaitEnabled("#demo-wang");
        window.click("#demo-wang");
        window.awaitShown("#home-greeting");
        journey(window, kiosk, TestCommunity.WANG, TestCommunity.LI, "zh-CN");
        window.awaitEnabled("#demo-wang");
        staff(window);
        camera(window);

        kiosk.context().demoDevices().orElseThrow().backend().detachReader(DemoDevices.READER_NAME);
        window.awaitShown("#reader-banner");
        window.settle();
        window.capture("attract-no-reader-zh-CN");
        Platform.exit();
        kiosk.close();
    }

    /**
     * What a newcomer does in the demo (issue 6), with real clicks from the signed-in home screen: book a haircut and
     * see the receipt, look at "my bookings", give 30 minutes to family, check in to today's first volunteer task, sign
     * out. Every screen is saved as {@code NAME-<language>.png}.
     */
    private static void journey(RealWindowDriver window, KioskRuntime kiosk, UUID resident, UUID family, String language)
            throws Exception {
        window.click("#choice-book");
        window.awaitShown("#service-haircut");
        window.capture("book-services-" + language);
        window.click("#service-haircut");
        window.capture("book-days-" + language);
        window.click("#day-2026-11-24");
        window.capture("book-times-" + language);
        window.click("#slot-14-30");
        window.capture("book-confirm-" + language);
        window.click("#confirm-booking");
        window.awaitShown("#receipt-number");
        window.capture("receipt-" + language);
        window.click("#receipt-done");
        window.click("#choice-bookings");
        window.capture("my-bookings-" + language);
        window.click("#nav-home");
        window.click("#choice-timebank");
        window.capture("timebank-" + language);
        if (resident.equals(TestCommunity.WANG)) { // the demo server gives her aid (issue 13 part 6)
            window.click("#timebank-aid");
            window.awaitShown("#aid-0-0");
            window.capture("my-aid-" + language);
            window.click("#nav-back");
        }
        window.click("#timebank-give");
        window.capture("transfer-family-" + language);
        window.click("#family-" + family);
        window.capture("transfer-amount-" + language);
        window.click("#amount-30");
        window.capture("transfer-confirm-" + language);
        window.click("#confirm-transfer");
        window.awaitShown("#transfer-done-what");
        window.capture("transfer-done-" + language);
        window.click("#transfer-done");
        window.click("#choice-volunteer");
        UUID task = kiosk.context().community().volunteering().today(resident).getFirst().id();
        window.click("#check-in-" + task);
        window.awaitShown("#check-out-" + task);
        window.capture("volunteer-" + language);
        window.click("#nav-home");
        window.click("#sign-out");
    }

    /**
     * The demo staff card with real clicks on the PIN pad: the PIN screen, a wrong PIN's answer, then the right PIN
     * and the staff screen (each in both languages), and the card taken away.
     */
    private static void staff(RealWindowDriver window) throws Exception {
        window.click("#demo-staff");
        window.awaitShown("#pin-pad");
        inBothLanguages(window, "staff-pin");
        clickDigits(window, "654321");
        window.click("#pin-ok");
        window.awaitShown("#pin-problem");
        inBothLanguages(window, "staff-pin-wrong");
        clickDigits(window, DemoCards.STAFF_PIN);
        window.click("#pin-ok");
        window.awaitShown("#staff-sign-out");
        inBothLanguages(window, "staff-home");
        window.click("#demo-take-away");
        window.awaitShown("#welcome-primary");
    }

    /** The camera screen (issue 14) with the demo tray's group photo held up to it, then Back. */
    private static void camera(RealWindowDriver window) throws Exception {
        window.click("#attract-camera");
        window.awaitShown("#camera-on");
        window.click("#demo-picture-group");
        window.awaitShown("#camera-prompt");
        window.settle();
        inBothLanguages(window, "camera");
        window.click("#camera-back");
        window.awaitShown("#welcome-primary");
    }

    /** Captures a Chinese screen as {@code NAME-zh-CN}, then after the toggle as {@code NAME-en}, and toggles back. */
    private static void inBothLanguages(RealWindowDriver window, String name) throws Exception {
        window.capture(name + "-zh-CN");
        window.click("#language-toggle");
        window.capture(name + "-en");
        window.click("#language-toggle");
    }

    private static void clickDigits(RealWindowDriver window, String digits) throws Exception {
        for (char digit : digits.toCharArray()) {
            window.click("#pin-digit-" + digit);
        }
    }
}
