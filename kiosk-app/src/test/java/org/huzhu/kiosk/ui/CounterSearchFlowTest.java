package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.huzhu.kiosk.sync.SyncService;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle): finding a resident at the demo counter by the server's search, signed on the staff card: by
 * pinyin initials, by the last digits of their phone, by member number, with results a page at a time and the file
 * opened from one; nobody found; and a resident the server knows whom this counter has not synced yet.
 */
class CounterSearchFlowTest extends DemoCounterWindowTest {

    @Test
    void pinyinInitialsFindTheResidentAndPickingThemOpensTheirFile(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        signIn(robot);
        CounterScreens.auditBothSizes(robot, "residents-search");

        search(robot, "wxy");

        awaitText(robot, "#search-range", "找到的居民：第 1–1 位，共 1 位");
        Button wang = result(robot, "M000001");
        assertThat(wang.getAccessibleText()).isEqualTo("王秀英, M000001, 没有电话, 4 小时");
        assertInTheOtherLanguage(robot, "#search-range", "Residents found: 1–1 of 1");
        CounterScreens.auditBothSizes(robot, "search-results");

        click(robot, "#search-result-M000001");

        awaitText(robot, "#file-name", "王秀英");
        assertThat(text(robot, "#file-balance")).isEqualTo("4 小时");
        assertInTheOtherLanguage(robot, "#file-statement", "Statement");
        CounterScreens.auditBothSizes(robot, "search-file");
    }

    @Test
    void thePhonesLastDigitsAndTheMemberNumberFindResidentsInEitherLanguage(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        TestStaffCard.recordAccepted(stations.counter(), new ResidentProfileSet(TestCommunity.WANG, "zh-CN",
                "+86 138-1234-5678", "", "", "profile-2026-12"));
        signIn(robot);
        switchLanguage(robot);

        search(robot, "138 1234 5678");
        awaitText(robot, "#search-range", "Residents found: 1–1 of 1");
        assertThat(result(robot, "M000001").getAccessibleText()).isEqualTo("王秀英, M000001, ••• 5678, 4 h");
        search(robot, "5678");
        awaitText(robot, "#search-range", "Residents found: 1–1 of 1");
        CounterScreens.auditBothSizes(robot, "search-phone");

        search(robot, "m2");
        awaitShown(robot, "#search-result-M000002");
        assertThat(result(robot, "M000002").getAccessibleText()).isEqualTo("李建国, M000002, No phone, 1 h 30 min");
        assertThat(robot.lookup("#search-result-M000001").tryQuery()).isEmpty();
        switchLanguage(robot);
        search(robot, "M000001");
        awaitShown(robot, "#search-result-M000001");
        assertThat(text(robot, "#search-range")).isEqualTo("找到的居民：第 1–1 位，共 1 位");

        search(robot, "zzz");
        awaitText(robot, "#residents-status", "没有找到“zzz”。请检查拼写，或请居民刷卡。");
        assertInTheOtherLanguage(robot, "#residents-status",
                "Nobody found for \"zzz\". Check the spelling, or ask the resident to tap their card.");
        CounterScreens.auditBothSizes(robot, "search-none");
    }

    @Test
    void aResidentTheServerKnowsButThisCounterHasNotSyncedIsSaidToBeSoAndTheirStatementOpens(FxRobot robot)
            throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        // The counter stops syncing; then the server learns of 孙丽华 from the kiosk's journal.
        stations.counter().context().sync().ifPresent(SyncService::close);
        UUID sun = UUID.randomUUID();
        String card = HexFormat.of().formatHex(new byte[32]).replace('0', 'a');
        TestStaffCard.recordAccepted(stations.kiosk(), new ResidentEnrolled(sun, card, card, "孙丽华"));
        signIn(robot);

        search(robot, "slh");
        awaitShown(robot, "#search-result-M000003");
        click(robot, "#search-result-M000003");

        awaitText(robot, "#residents-status",
                "服务器上有孙丽华的记录，但这台柜台机还没有同步到。可以先看结单；档案在同步后（约一分钟）就能打开。");
        assertThat(text(robot, "#server-only-number")).isEqualTo("M000003");
        assertInTheOtherLanguage(robot, "#residents-status", "The server knows 孙丽华, but this counter has not "
                + "synced them yet. Their statement opens now; their file opens once it has synced (about a minute).");
        CounterScreens.auditBothSizes(robot, "search-not-here-yet");

        click(robot, "#file-statement");
        awaitText(robot, "#counter-title", "孙丽华的结单");
        awaitShown(robot, "#statement-empty");
        assertThat(text(robot, "#statement-summary")).isEqualTo("会员号 M000003 · 现在的余额 0 分钟");
    }

    @Test
    void manyResultsComeAPageAtATime(FxRobot robot) throws Exception {
        awaitTheDemoCommunityAtTheCounter();
        for (int i = 1; i <= 6; i++) {
            TestStaffCard.recordAccepted(stations.kiosk(), new ResidentEnrolled(UUID.randomUUID(),
                    "%064x".formatted(i), "id-" + i, "王小" + "一二三四五六".charAt(i - 1)));
        }
        signIn(robot);

        search(robot, "wx");

        awaitText(robot, "#search-range", "找到的居民：第 1–5 位，共 7 位");
        assertThat(robot.lookup("#search-earlier").tryQuery()).isEmpty();
        CounterScreens.auditBothSizes(robot, "search-page-1");
        click(robot, "#search-more");
        awaitText(robot, "#search-range", "找到的居民：第 6–7 位，共 7 位");
        assertThat(robot.lookup("#search-more").tryQuery()).isEmpty();
        assertInTheOtherLanguage(robot, "#search-range", "Residents found: 6–7 of 7");
        CounterScreens.auditBothSizes(robot, "search-page-2");
        click(robot, "#search-earlier");
        awaitText(robot, "#search-range", "找到的居民：第 1–5 位，共 7 位");
        assertThat(result(robot, "M000001").getAccessibleText()).startsWith("王秀英");
    }

    /** Types {@code query} into the search field and presses Search. */
    private static void search(FxRobot robot, String query) throws Exception {
        write(robot, "#residents-search", query);
        click(robot, "#residents-search-go");
    }

    private static Button result(FxRobot robot, String memberNumber) throws Exception {
        awaitShown(robot, "#search-result-" + memberNumber);
        return robot.lookup("#search-result-" + memberNumber).queryAs(Button.class);
    }
}
