package org.huzhu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import org.huzhu.kiosk.report.Poppler;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless (Monocle): a sign-in code for 王秀英 at the demo counter, through its screens, from the demo server: issued
 * as a printed code, its slip saved as a PDF in the counter's exports folder (the screen says where; the PDF's text
 * names her and says until when), listed as working, then revoked with a reason after a confirmation, and listed as
 * revoked.
 */
class CounterCodeFlowTest extends DemoCounterWindowTest {

    @Test
    void aCodeIsIssuedItsSlipSavedAndThenRevoked(FxRobot robot) throws Exception {
        Poppler.requireInstalled();
        signIn(robot);
        tap(robot, "wang");
        awaitText(robot, "#file-name", "王秀英");
        click(robot, "#file-codes");

        awaitText(robot, "#counter-title", "王秀英的登录码");
        awaitShown(robot, "#code-none");
        assertInTheOtherLanguage(robot, "#counter-title", "Sign-in codes of 王秀英");
        CounterScreens.auditBothSizes(robot, "sign-in-codes");
        click(robot, "#code-purpose-printed");
        click(robot, "#code-issue");

        awaitShown(robot, "#code-notice");
        Path exports = stations.counter().counterContext().exports();
        Path slip = onlyPdf(exports);
        assertThat(text(robot, "#code-notice")).isEqualTo("登录码已保存为 " + slip.getFileName() + "，在文件夹 "
                + exports + "。请打印后交给居民，打印后可以删掉这个文件。");
        String pdf = Poppler.text(slip);
        assertThat(pdf).contains("王秀英", "登录码", "有效期至");
        Node row = awaitRow(robot);
        String codeId = row.getId().substring("code-row-".length());
        assertThat(text(robot, "#code-row-" + codeId)).startsWith("打印的码，").endsWith("：有效");
        CounterScreens.auditBothSizes(robot, "sign-in-codes-issued");

        click(robot, "#code-revoke-" + codeId);
        awaitShown(robot, "#code-revoke-confirm");
        click(robot, "#code-revoke-confirm-button");
        awaitText(robot, "#counter-problem", "请先选择作废原因。");
        click(robot, "#code-why-lost");
        CounterScreens.auditBothSizes(robot, "sign-in-code-revoke");
        click(robot, "#code-revoke-confirm-button");

        awaitText(robot, "#code-notice", "登录码已作废。");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#code-row-" + codeId).tryQuery()
                .map(node -> text(robot, "#code-row-" + codeId).endsWith("：已作废")).orElse(false));
        assertThat(robot.lookup("#code-revoke-" + codeId).tryQuery()).as("a revoked code is not revoked again")
                .isEmpty();
    }

    private Node awaitRow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(node -> node.getId() != null
                && node.getId().startsWith("code-row-")).queryAll().isEmpty());
        return robot.lookup(node -> node.getId() != null && node.getId().startsWith("code-row-")).query();
    }

    private static Path onlyPdf(Path folder) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isDirectory(folder) && pdfs(folder).size() == 1);
        return pdfs(folder).getFirst();
    }

    private static List<Path> pdfs(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pdf")).toList();
        }
    }
}
