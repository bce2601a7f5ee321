package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.kiosk.config.KioskConfig;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle): the language toggle re-labels every visible text at once, and back again. */
class LanguageToggleTest extends DemoKioskWindowTest {

    @Test
    void toggleSwitchesEveryVisibleTextAndBack(FxRobot robot) {
        Map<Labeled, String> chinese = visibleTexts(robot);
        assertThat(chinese.values()).contains("请刷社保卡或看摄像头", "English", "演示模式", "2026年11月23日 星期一", "09:30");

        robot.clickOn("#language-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        Map<Labeled, String> english = visibleTexts(robot);

        assertThat(english.keySet()).isEqualTo(chinese.keySet());
        assertThat(robot.lookup("#welcome-primary").queryLabeled().getText())
                .isEqualTo("Tap your card or look at the camera");
        assertThat(robot.lookup("#welcome-secondary").queryLabeled().getText()).isEqualTo("请刷社保卡或看摄像头");
        assertThat(english.values()).contains("中文", "Demo mode", "Monday 23 November 2026", "09:30");
        chinese.forEach((node, before) -> {
            // Names read the same in both languages: the centre's, and the demo residents' on the demo tray.
            boolean languageNeutral = before.codePoints().noneMatch(Character::isLetter)
                    || before.equals(KioskConfig.DEFAULTS.centreName())
                    || DemoCards.residents().stream().anyMatch(resident -> resident.name().equals(before));
            if (!languageNeutral) {
                assertThat(english.get(node)).as("text of %s after the switch", node.getId()).isNotEqualTo(before);
            }
        });

        robot.clickOn("#language-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        Map<Labeled, String> back = visibleTexts(robot);
        chinese.forEach((node, before) -> assertThat(back.get(node)).as("text of %s", node.getId()).isEqualTo(before));
    }

    @Test
    void centreNameComesFromConfiguration(FxRobot robot) {
        assertThat(robot.lookup("#centre-name").queryLabeled().getText()).isEqualTo(KioskConfig.DEFAULTS.centreName());
        assertThat(robot.lookup("#demo-badge").queryLabeled().isVisible()).isTrue();
    }

    private static Map<Labeled, String> visibleTexts(FxRobot robot) {
        Map<Labeled, String> texts = new IdentityHashMap<>();
        robot.lookup((Node node) -> node instanceof Labeled && isShown(node))
                .queryAllAs(Labeled.class)
                .forEach(labeled -> texts.put(labeled, labeled.getText()));
        assertThat(texts).isNotEmpty();
        return texts;
    }
}
