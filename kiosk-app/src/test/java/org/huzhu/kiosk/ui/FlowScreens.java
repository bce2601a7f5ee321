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
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.testsupport.Png;
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
        String titleQuery = robot.lookup("#home-greeting").tryQuery().isPresent() ? "#home-greeting" : "#screen-title";
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
                .queryAllAs(Labeled.class).forEach(labeled -> {
                    assertThat(labeled.getFont().getSize()).as("size of \"%s\" on %s", labeled.getText(), name)
                            .isGreaterThanOrEqualTo(BODY_TEXT_PX);
                    Node shown = labeled.lookup(".text");
                    if (shown instanceof Text text && !labeled.getText().isEmpty()) {
                        assertThat(text.getText()).as("\"%s\" on %s is cut short", labeled.getText(), name)
                                .isEqualTo(labeled.getText());
                    }
                });
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
