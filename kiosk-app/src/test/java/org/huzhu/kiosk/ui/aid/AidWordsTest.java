package org.huzhu.kiosk.ui.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.community.AidOrder;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.protocol.aid.AidOrderStatus;
import org.junit.jupiter.api.Test;

/** The sentences an aid order is told in, for the cases the demo's one order does not show. */
class AidWordsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant UNTIL = Instant.parse("2027-03-12T01:30:00Z");
    private static final AidOrder.Payment NOVEMBER =
            new AidOrder.Payment(100_000, Instant.parse("2026-11-20T02:00:00Z"));
    /** 17:00 UTC is 01:00 the next day in Shanghai: the day said is the community's. */
    private static final AidOrder.Payment DECEMBER =
            new AidOrder.Payment(200_050, Instant.parse("2026-12-01T17:00:00Z"));

    private static AidOrder order(long paidFen, AidOrderStatus status, List<AidOrder.Payment> payments) {
        return new AidOrder(UUID.randomUUID(), "上海慈善基金会", "瑞金医院", 300_050, paidFen, status, UNTIL, payments);
    }

    @Test
    void severalPaymentsAreToldAsTheirTotalHowManyAndTheDayOfTheLastInTheCommunitysZone() {
        AidOrder allPaid = order(300_050, AidOrderStatus.OPEN, List.of(NOVEMBER, DECEMBER));

        assertThat(AidWords.sentences(Messages.of(Language.ZH_CN), allPaid, SHANGHAI)).containsExactly(
                "上海慈善基金会 资助您 3,000.50 元（到 2027年3月12日）。",
                "已付给 瑞金医院 共 3,000.50 元，分 2 次，最近一次在 12月2日。", "已经全部付完。");
        assertThat(AidWords.sentences(Messages.of(Language.EN), allPaid, SHANGHAI)).containsExactly(
                "Your aid from 上海慈善基金会: ¥3,000.50 (until 12 March 2027).",
                "¥3,000.50 paid to 瑞金医院 in 2 payments, the last on 2 December.", "All of it has been paid.");
    }

    @Test
    void anOrderThatEndedUnusedSaysNothingWasPaidAndAllOfItWentBack() {
        AidOrder unused = order(0, AidOrderStatus.EXPIRED, List.of());

        assertThat(AidWords.sentences(Messages.of(Language.ZH_CN), unused, SHANGHAI)).containsExactly(
                "上海慈善基金会 资助您 3,000.50 元（2027年3月12日 已到期）。", "没有付给 瑞金医院。",
                "没有用到的 3,000.50 元已经退回给 上海慈善基金会。");
        assertThat(AidWords.sentences(Messages.of(Language.EN), unused, SHANGHAI)).containsExactly(
                "Your aid from 上海慈善基金会: ¥3,000.50 (it ended on 12 March 2027).", "Nothing was paid to 瑞金医院.",
                "The ¥3,000.50 not used went back to 上海慈善基金会.");
    }
}
