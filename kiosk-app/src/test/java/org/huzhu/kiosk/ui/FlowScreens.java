package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.testsupport.Png;
import org.huzhu.kiosk.ui.audit.ElderAudit;
import org.huzhu.themes.StyleClasses;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.payload.Payload;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What flow tests check on every screen they pass: a PNG of it in both languages (in {@code target/screenshots/flows/},
 * to look at), that the language toggle re-renders it, and that no visible text is cut short or below body size; and
 * what they check in the journal.
 */
final class FlowScreens {

    private static final Path OUT = Path.of(System.getProperty("huzhu.screenshot.dir", "target/screenshots"), "flows");
    private static final double BODY_TEXT_PX = 24;

    private FlowScreens() {
    }

    /**
     * Saves the screen as {@code NAME-zh-CN.png} and {@code NAME-en.png}: switches language, checks the title changed,
     * and switches back. {@code chineseFirst}: the language the session is in now.
     */
    static void captureBothLanguages(FxRobot robot, String name, boolean chineseFirst) throws Exception {
        String titleQuery = robot.lookup("#home-greeting").tryQuery().isPresent() ? "#home-greeting"
                : robot.lookup("#screen-title").tryQuery().isPresent() ? "#screen-title" : "#welcome-primary";
        String title = DemoKioskWindowTest.text(robot, titleQuery);
        capture(robot, name + (chineseFirst ? "-zh-CN" : "-en"));
        robot.clickOn("#language-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DemoKioskWindowTest.text(robot, titleQuery)).as("title after the switch").isNotEqualTo(title);
        capture(robot, name + (chineseFirst ? "-en" : "-zh-CN"));
        robot.clickOn("#language-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DemoKioskWindowTest.text(robot, titleQuery)).isEqualTo(title);
    }

    private static void capture(FxRobot robot, String name) throws Exception {
        Scene scene = robot.lookup("#language-toggle").query().getScene();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Png.write(image, OUT.resolve(name + ".png"));
        robot.lookup((Node node) -> node instanceof Labeled && DemoKioskWindowTest.isShown(node))
                .queryAllAs(Labeled.class).stream().filter(labeled -> !onDemoPaper(labeled)).forEach(labeled -> {
                    assertThat(labeled.getFont().getSize()).as("size of \"%s\" on %s", labeled.getText(), name)
                            .isGreaterThanOrEqualTo(BODY_TEXT_PX);
                    Node shown = labeled.lookup(".text");
                    if (shown instanceof Text text && !labeled.getText().isEmpty()) {
                        assertThat(text.getText()).as("\"%s\" on %s is cut short", labeled.getText(), name)
                                .isEqualTo(labeled.getText());
                    }
                });
    }

    /** The demo printer's paper draws the printout at its own scale: its print is not the screen's body text. */
    private static boolean onDemoPaper(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(org.huzhu.themes.StyleClasses.DEMO_PAPER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Resizes the window to {@code width} × {@code height} (a kiosk's screen), then in both languages and at both text
     * sizes saves the screen as {@code NAME-WxH-<language>[-large].png} and runs the elder-friendly audit on it; puts
     * window, language and text size back. Fails with every violation found.
     */
    static void auditAt(FxRobot robot, double width, double height, String name) throws Exception {
        Scene scene = robot.lookup("#language-toggle").query().getScene();
        Window window = scene.getWindow();
        double[] old = {window.getX(), window.getY(), window.getWidth(), window.getHeight()};
        String size = (int) width + "x" + (int) height;
        List<String> violations = new ArrayList<>();
        // At the screen's corner: a window reaching past the headless screen's edge is not painted.
        place(window, 0, 0, width, height);
        try {
            for (int language = 0; language < 2; language++) {
                for (boolean large : new boolean[] {false, true}) {
                    setLargeText(robot, large);
                    String shot = "%s-%s-%s%s".formatted(name, size, languageTag(robot), large ? "-large" : "");
                    capture(robot, shot);
                    WaitForAsyncUtils.asyncFx(() -> ElderAudit.audit(scene)).get()
                            .forEach(violation -> violations.add("[" + shot + "] " + violation));
                }
                robot.clickOn("#language-toggle");
            }
            setLargeText(robot, false);
        } finally {
            place(window, old[0], old[1], old[2], old[3]);
        }
        assertThat(violations).as("elder-friendly violations at %s", size).isEmpty();
    }

    private static void place(Window window, double x, double y, double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.setX(x);
            window.setY(y);
            window.setWidth(width);
            window.setHeight(height);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void setLargeText(FxRobot robot, boolean large) {
        if (robot.lookup("#screen-area").query().getStyleClass().contains(StyleClasses.LARGE_TEXT) != large) {
            robot.clickOn("#text-size");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String languageTag(FxRobot robot) {
        // The toggle names the language it switches to.
        return "English".equals(DemoKioskWindowTest.text(robot, "#language-toggle")) ? "zh-CN" : "en";
    }

    /** The journal's transaction types after the demo's own seed, in order. */
    static List<String> journalTypes(OpenJournal journal) throws Exception {
        return journalColumn(journal, "type", rows -> rows.getString(1));
    }

    /** The payloads of the journal's signed envelopes, in order. */
    static List<Payload> journalPayloads(OpenJournal journal) throws Exception {
        List<Payload> payloads = new ArrayList<>();
        for (byte[] envelope : journalColumn(journal, "envelope", rows -> rows.getBytes(1))) {
            payloads.add(TransactionCodec.decode(envelope).body().payload());
        }
        return payloads;
    }

    /** Every signed envelope of {@code journal}, in order (a counter's journal has no demo seed to skip). */
    static List<byte[]> journalEnvelopes(OpenJournal journal) throws Exception {
        return journal.database().inTransaction(connection -> {
            List<byte[]> envelopes = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "SELECT envelope FROM journal ORDER BY sequence")) {
                while (rows.next()) {
                    envelopes.add(rows.getBytes(1));
                }
            }
            return envelopes;
        });
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> List<T> journalColumn(OpenJournal journal, String column, Column<T> read) throws Exception {
        return journal.database().inTransaction(connection -> {
            List<T> values = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "SELECT " + column + " FROM journal WHERE sequence > " + TestCommunity.DEMO_SEED_TRANSACTIONS
                            + " ORDER BY sequence")) {
                while (rows.next()) {
                    values.add(read.read(rows));
                }
            }
            return values;
        });
    }
}
