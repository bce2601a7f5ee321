package org.huzhu.kiosk.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.Report;
import org.huzhu.protocol.counter.ResidentSummary;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;

/** A December 2026 report of a small community with Chinese names, and statements, as the server would send them. */
final class ReportFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 5 January 2027, 10:30 in Shanghai: when the exports are made. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-05T02:30:00Z"), SHANGHAI);
    static final String CENTRE = "互助社区服务中心";

    private ReportFixtures() {
    }

    static ResidentSummary wangXiuying() {
        return new ResidentSummary("r-1", "王秀英", "M000001", 240, "••• 5678",
                Instant.parse("2026-12-02T01:00:00Z"), Instant.parse("2026-12-20T06:00:00Z"), "active");
    }

    static ResidentSummary liJianguo() {
        return new ResidentSummary("r-2", "Li Jianguo", "M000002", 90, "",
                Instant.parse("2026-12-03T08:00:00Z"), null, "active");
    }

    /** December 2026 with {@code inactive} extra inactive residents (a long table). */
    static Report december(int inactive) {
        List<ResidentSummary> inactiveResidents = new ArrayList<>(List.of(liJianguo()));
        IntStream.rangeClosed(1, inactive).mapToObj(ReportFixtures::resident).forEach(inactiveResidents::add);
        return new Report(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), "Asia/Shanghai", 330, 120, 30, 15,
                0,
                List.of(new Report.ServiceBookings("meal", "助餐", "Meals", "幸福食堂", "Happiness Canteen", 42, 3, 38,
                                175),
                        new Report.ServiceBookings("haircut", "理发", "Haircut", "张师傅理发", "Master Zhang", 7, 0, 0, 0)),
                List.of(new Report.VolunteerMinutes("r-1", "王秀英", "M000001", 240, 2, 9),
                        new Report.VolunteerMinutes("r-3", "陈志明", "M000003", 90, 0, 0)),
                List.of(wangXiuying(), liJianguo()), 30, inactiveResidents);
    }

    /** Resident {@code n} of a large community: a Chinese name, a number, a balance. */
    static ResidentSummary resident(int n) {
        String[] family = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王"};
        String[] given = {"桂兰", "建华", "淑珍", "德明", "玉梅", "国强"};
        return new ResidentSummary("r-" + (1000 + n), family[n % family.length] + given[n % given.length],
                "M%06d".formatted(1000 + n), (n * 37L) % 600, "••• %04d".formatted(n % 10000),
                Instant.parse("2025-03-01T02:00:00Z"), n % 3 == 0 ? null : Instant.parse("2026-10-01T02:00:00Z"),
                "active");
    }

    /** 王秀英's statement: a credit, a wrong credit and its reversal, a gift to family, a redemption. */
    static Statement statementOfWang() {
        List<StatementEntry> entries = List.of(
                new StatementEntry("t-5", "hours.redeemed", Instant.parse("2026-12-20T06:00:00Z"), -30, null, null,
                        null, ""),
                new StatementEntry("t-4", "transaction.reversed", Instant.parse("2026-12-18T03:00:00Z"), -60, null,
                        "t-3", null, "录入错误"),
                new StatementEntry("t-3", "service.confirmed", Instant.parse("2026-12-17T03:00:00Z"), 60, null, null,
                        "t-4", ""),
                new StatementEntry("t-2", "hours.transferred", Instant.parse("2026-12-10T03:00:00Z"), -30, "r-2",
                        null, null, ""),
                new StatementEntry("t-1", "service.confirmed", Instant.parse("2026-12-05T03:00:00Z"), 90, null, null,
                        null, "新年午餐帮厨"));
        return new Statement(wangXiuying(), new Page<>(entries, 0, entries.size()));
    }
}
