package org.huzhu.kiosk.ui;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.config.KioskConfig;

/**
 * Child-JVM program for {@link CounterRealWindowScreenshotTest}: opens the real demo counter window on the real glass
 * platform (GTK under an Xvfb screen of a small laptop's 1366 × 768) and walks it with real mouse clicks: the
 * sign-in screen, the residents screen after the staff card and PIN, an enrolment (its details and its end), a
 * family link's question and the resident's file with the link, the family screen with its rights, volunteer work (the list, a confirmation with a
 * rating and what it recorded, a whole activity confirmed at once), the month's report and the sync screen, each
 * captured from the screen as {@code counter-real-NAME-LANGUAGE.png}; then 王秀英 found by her pinyin initials, her
 * statement, and her credit reversed with a reason and shown beside its reversal, and the window's size beside the
 * screen's in
 * {@code counter-real-window.properties}; last, the demo hospital desk's window (its own demo kiosk and server) from
 * sign-in to a payment and a refused overshoot. Usage: {@code CounterScreenshotTour OUTPUT_DIR DATA_DIR}.
 */
public final class CounterScreenshotTour {

    private static final List<String> RECORDED_TEXTS = List.of("counter-title", "counter-staff", "welcome-body",
            "enrol-done", "family-confirm", "residents-status", "file-name", "volunteers-notice");

    private static final List<String> HOSPITAL_TEXTS = List.of("counter-title", "centre-name", "order-paid",
            "counter-problem");

    private CounterScreenshotTour() {
    }

    public static void main(String[] args) {
        RealWindowDriver.runThenExit(args, CounterScreenshotTour::tour);
    }

    private static void tour(Path out, Path data) throws Exception {
        TestKiosks.DemoCounter stations = TestKiosks.demoCounter(data, KioskConfig.DEFAULTS);
        TestCommunity.awaitDemoSnapshot(stations.kiosk());
        Platform.startup(() -> { });
        Stage counterStage = RealWindowDriver.onFx(() -> {
            Stage s = new Stage();
            StaffDeskWindow.counter(s, stations.counter().counterContext());
            return s;
        });
        RealWindowDriver window = new RealWindowDriver(counterStage, out, RECORDED_TEXTS);
        window.awaitShown("#counter-title");
        window.settle();
        recordSizes(counterStage, out);
        inBothLanguages(window, "welcome");

        window.click("#demo-staff");
        window.awaitShown("#pin-pad");
        for (char digit : DemoCards.STAFF_PIN.toCharArray()) {
            window.click("#pin-digit-" + digit);
        }
        window.click("#pin-ok");
        window.awaitShown("#residents-tap");
        inBothLanguages(window, "residents");

        window.click("#demo-zhang");
        window.click("#residents-enrol-this");
        window.click("#enrol-consent");
        inBothLanguages(window, "enrol-details");
        window.click("#enrol-continue");
        window.awaitEnabled("#demo-zhang");
        window.click("#demo-zhang");
        window.awaitShown("#enrol-done");
        inBothLanguages(window, "enrol-done");

        window.click("#enrol-open-file");
        window.click("#file-link-family");
        window.awaitEnabled("#demo-wang");
        window.click("#demo-wang");
        window.awaitShown("#family-confirm");
        inBothLanguages(window, "family-confirm");
        window.click("#family-link");
        window.awaitShown("#residents-status");
        inBothLanguages(window, "file-linked");
        // Issue 12 part 2: the family screen, each direction's rights and "Unlink…"
        window.click("#file-family-rights");
        window.awaitShown("#family-save");
        inBothLanguages(window, "family-rights");
        window.click("#family-back");
        window.awaitShown("#file-name");

        // Closing 张三's account, up to its confirm step, and back (the tour goes on with the demo community whole).
        window.click("#file-close-account");
        window.awaitShown("#close-balance");
        inBothLanguages(window, "close-account");
        window.click("#close-why-died");
        window.click("#close-next");
        window.awaitShown("#close-confirm");
        inBothLanguages(window, "close-account-confirm");
        window.click("#close-cancel");
        window.awaitShown("#file-name");

        // Session 6: finding 王秀英 by her pinyin initials, her statement, and reversing her credit.
        type(counterStage, "#residents-search", "wxy");
        window.click("#residents-search-go");
        window.awaitShown("#search-result-M000001");
        inBothLanguages(window, "search-results");
        window.click("#search-result-M000001");

        // Session 7: booking 陪同就医 (180 minutes, past the offline limit of 120) on the staff member's authority.
        window.click("#file-book");
        window.click("#book-service-medical-escort");
        window.click("#book-slot-0");
        inBothLanguages(window, "book-for");
        window.click("#book-confirm");
        window.awaitShown("#book-reason");
        type(counterStage, "#book-reason", "她走不到服务机");
        window.settle();
        inBothLanguages(window, "book-for-over-limit");
        window.click("#book-confirm");
        window.awaitShown("#residents-status");
        inBothLanguages(window, "file-booked");
        window.click("#file-statement");
        window.awaitShown("#entry-reverse-0");
        inBothLanguages(window, "statement");
        window.click("#entry-reverse-0");
        window.awaitShown("#statement-reason");
        type(counterStage, "#statement-reason", "任务记错了");
        window.settle(); // the typed reason and the button it enables drawn before the capture
        inBothLanguages(window, "statement-reverse");
        window.click("#statement-record-reversal");
        window.awaitShown("#entry-what-1");
        inBothLanguages(window, "statement-reversed");

        // The centre's notices, with the demo server's notice listed
        window.click("#nav-notices");
        window.awaitShown("#notice-0");
        inBothLanguages(window, "notices");
        window.click("#nav-reports");
        window.awaitShown("#reports-credited");
        inBothLanguages(window, "reports");
        window.click("#nav-sync");
        window.awaitShown("#sync-no-rejections");
        inBothLanguages(window, "sync");

        window.click("#nav-volunteers");
        window.awaitShown(CounterVolunteerFlowTest.row(CounterVolunteerFlowTest.ACTIVITY_ROOM, TestCommunity.WANG,
                "confirm"));
        inBothLanguages(window, "volunteers");
        window.click(CounterVolunteerFlowTest.row(CounterVolunteerFlowTest.ACTIVITY_ROOM, TestCommunity.WANG,
                "confirm"));
        window.click("#volunteer-star-4");
        inBothLanguages(window, "volunteer-confirm");
        window.click("#volunteer-confirm");
        window.awaitShown("#volunteers-notice");
        inBothLanguages(window, "volunteers-recorded");
        window.click("#volunteers-activity-" + CounterVolunteerFlowTest.KITCHEN);
        window.awaitShown("#activity-confirm");
        inBothLanguages(window, "volunteers-activity");
        window.click("#activity-confirm");
        window.awaitShown("#volunteers-notice");
        inBothLanguages(window, "volunteers-activity-recorded");

        window.click("#demo-take-away");
        window.awaitShown("#welcome-notice");
        hospitalTour(out, data.resolve("hospital-demo"));
        Platform.exit();
        stations.close();
    }

    /**
     * The demo hospital desk (issue 13) in a window of its own, as {@code --demo --hospital} opens it: the sign-in, the
     * patient screen, 王秀英's aid, the hospital's order typed, paid on the server's verdict, and an amount over what
     * is left, each as {@code counter-real-hospital-NAME-LANGUAGE.png}.
     */
    private static void hospitalTour(Path out, Path data) throws Exception {
        TestKiosks.DemoCounter stations = TestKiosks.demoHospital(data, KioskConfig.DEFAULTS);
        TestCommunity.awaitDemoSnapshot(stations.kiosk());
        Stage deskStage = RealWindowDriver.onFx(() -> {
            Stage s = new Stage();
            StaffDeskWindow.hospital(s, stations.counter().hospitalContext());
            return s;
        });
        RealWindowDriver window = new RealWindowDriver(deskStage, out, HOSPITAL_TEXTS);
        window.awaitShown("#counter-title");
        window.settle();
        inBothLanguages(window, "hospital-welcome");
        window.click("#demo-staff");
        window.awaitShown("#pin-pad");
        for (char digit : DemoCards.STAFF_PIN.toCharArray()) {
            window.click("#pin-digit-" + digit);
        }
        window.click("#pin-ok");
        window.awaitShown("#patient-tap");
        inBothLanguages(window, "hospital-patient");
        window.click("#demo-wang");
        window.awaitShown("#patient-order-0");
        inBothLanguages(window, "hospital-patient-found");
        window.click("#patient-order-0");
        type(deskStage, "#order-number", "HIS-2026-0001");
        type(deskStage, "#order-item-0", "床位费");
        type(deskStage, "#order-amount-0", "1,200.50");
        window.settle();
        inBothLanguages(window, "hospital-order");
        window.click("#order-submit");
        window.awaitShown("#order-paid");
        inBothLanguages(window, "hospital-paid");
        window.click("#order-next");
        window.awaitEnabled("#demo-wang");
        window.click("#demo-wang");
        window.awaitShown("#patient-order-0");
        window.click("#patient-order-0");
        type(deskStage, "#order-number", "HIS-2026-0002");
        type(deskStage, "#order-item-0", "手术费");
        type(deskStage, "#order-amount-0", "2000");
        window.settle(); // the typed total drawn before the click, as for the first order
        window.click("#order-submit");
        window.awaitShown("#counter-problem");
        inBothLanguages(window, "hospital-mismatch");
        RealWindowDriver.onFx(() -> {
            deskStage.close();
            return null;
        });
        stations.close();
    }

    /** Puts {@code words} in a text field as typed (the robot cannot type Chinese on a real keyboard either). */
    private static void type(Stage stage, String query, String words) throws Exception {
        RealWindowDriver.onFx(() -> {
            ((javafx.scene.control.TextInputControl) stage.getScene().lookup(query)).setText(words);
            return null;
        });
    }

    /** Captures a Chinese screen as {@code counter-real-NAME-zh-CN}, then after the toggle in English; toggles back. */
    private static void inBothLanguages(RealWindowDriver window, String name) throws Exception {
        window.capture("counter-real-" + name + "-zh-CN");
        window.click("#language-toggle");
        window.capture("counter-real-" + name + "-en");
        window.click("#language-toggle");
    }

    private static void recordSizes(Stage stage, Path out) throws Exception {
        Properties sizes = RealWindowDriver.onFx(() -> {
            Rectangle2D screen = Screen.getPrimary().getBounds();
            Properties p = new Properties();
            p.setProperty("screen.width", Double.toString(screen.getWidth()));
            p.setProperty("screen.height", Double.toString(screen.getHeight()));
            p.setProperty("window.x", Double.toString(stage.getX()));
            p.setProperty("window.y", Double.toString(stage.getY()));
            p.setProperty("window.width", Double.toString(stage.getWidth()));
            p.setProperty("window.height", Double.toString(stage.getHeight()));
            return p;
        });
        Files.createDirectories(out);
        try (Writer writer = Files.newBufferedWriter(out.resolve("counter-real-window.properties"),
                StandardCharsets.UTF_8)) {
            sizes.store(writer, "the counter window on its screen");
        }
    }
}
