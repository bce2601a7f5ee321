package org.huzhu.kiosk.ui.counter.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.junit.jupiter.api.Test;

/** The days a report asks for, as staff pick them, and the periods the server would refuse, caught first. */
class ReportPeriodTest {

    private static final LocalDate FEB_10 = LocalDate.of(2028, 2, 10);

    @Test
    void aDayAMonthAndARange() {
        assertThat(ReportPeriod.of(ReportPeriod.Kind.DAY, FEB_10, FEB_10.plusDays(5)))
                .isEqualTo(new ReportPeriod(FEB_10, FEB_10));
        assertThat(ReportPeriod.of(ReportPeriod.Kind.MONTH, FEB_10, FEB_10))
                .as("a leap year's February").isEqualTo(new ReportPeriod(LocalDate.of(2028, 2, 1),
                        LocalDate.of(2028, 2, 29)));
        assertThat(ReportPeriod.of(ReportPeriod.Kind.RANGE, FEB_10, FEB_10.plusDays(5)))
                .isEqualTo(new ReportPeriod(FEB_10, FEB_10.plusDays(5)));
    }

    @Test
    void aRangeEndingBeforeItStartsOrLongerThan366DaysIsRefusedHere() {
        assertThat(new ReportPeriod(FEB_10, FEB_10.minusDays(1)).problem())
                .contains(Sentence.of("counter.reports.problem.endBeforeStart"));
        assertThat(new ReportPeriod(FEB_10, FEB_10.plusDays(365)).problem()).as("366 days").isEmpty();
        assertThat(new ReportPeriod(FEB_10, FEB_10.plusDays(366)).problem())
                .contains(Sentence.of("counter.reports.problem.tooLong", 366));
    }

    @Test
    void theInactiveDaysAreAWholeNumberTheServerTakes() {
        assertThat(ReportPeriod.inactiveDays(" 90 ")).contains(90);
        assertThat(ReportPeriod.inactiveDays("1")).contains(1);
        assertThat(ReportPeriod.inactiveDays("3650")).contains(3650);
        for (String refused : new String[] {"0", "3651", "-5", "9.5", "", "九十", "99999"}) {
            assertThat(ReportPeriod.inactiveDays(refused)).as("'%s'", refused).isEqualTo(Optional.empty());
        }
    }
}
