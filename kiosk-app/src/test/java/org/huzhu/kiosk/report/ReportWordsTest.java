package org.huzhu.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.junit.jupiter.api.Test;

class ReportWordsTest {

    private final ReportWords chinese = new ReportWords(Messages.of(Language.ZH_CN));
    private final ReportWords english = new ReportWords(Messages.of(Language.EN));

    @Test
    void minutesReadAsHoursAndMinutesLikeTheKiosk() {
        assertThat(chinese.minutes(90)).isEqualTo("1 小时 30 分钟");
        assertThat(english.minutes(90)).isEqualTo("1 h 30 min");
        assertThat(chinese.minutes(120)).isEqualTo("2 小时");
        assertThat(english.minutes(45)).isEqualTo("45 min");
        assertThat(english.minutes(0)).isEqualTo("0 min");
        assertThat(english.minutes(-75)).isEqualTo("-1 h 15 min");
    }

    @Test
    void signedMinutesMarkWhatCameIn() {
        assertThat(chinese.signedMinutes(60)).isEqualTo("+1 小时");
        assertThat(chinese.signedMinutes(-30)).isEqualTo("-30 分钟");
        assertThat(english.signedMinutes(0)).isEqualTo("0 min");
    }

    @Test
    void ratingIsTheAverageWithOneDecimalAndTheCount() {
        assertThat(chinese.rating(38, 175)).isEqualTo("4.6（38 人评价）");
        assertThat(english.rating(38, 175)).isEqualTo("4.6 from 38 ratings");
        assertThat(english.rating(1, 5)).isEqualTo("5.0 from 1 rating");
        assertThat(chinese.rating(0, 0)).isEqualTo("—");
    }

    @Test
    void averageRoundsHalfUpInIntegers() {
        assertThat(ReportWords.averageStars(3, 14)).isEqualTo("4.7"); // 4.666…
        assertThat(ReportWords.averageStars(3, 13)).isEqualTo("4.3"); // 4.333…
        assertThat(ReportWords.averageStars(20, 89)).isEqualTo("4.5"); // 4.45 exactly, half up
        assertThat(ReportWords.averageStars(2, 2)).isEqualTo("1.0");
    }

    @Test
    void titleNamesAMonthADayOrARange() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        assertThat(chinese.title(first, LocalDate.of(2026, 12, 31))).isEqualTo("月度报告 2026年12月");
        assertThat(english.title(first, LocalDate.of(2026, 12, 31))).isEqualTo("Monthly report, December 2026");
        assertThat(chinese.title(first, first)).isEqualTo("日报 2026年12月1日");
        assertThat(english.title(first, LocalDate.of(2026, 12, 15)))
                .isEqualTo("Report, 1 December 2026 to 15 December 2026");
        assertThat(chinese.title(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 27)))
                .isEqualTo("报告 2026年2月1日 至 2026年2月27日");
    }

    @Test
    void daysAndTimesInTables() {
        LocalDateTime time = LocalDateTime.of(2026, 12, 3, 14, 5);
        assertThat(chinese.dateTime(time)).isEqualTo("2026-12-03 14:05");
        assertThat(chinese.day(time.toLocalDate())).isEqualTo("2026-12-03");
        assertThat(chinese.longDateTime(time)).isEqualTo("2026年12月3日 14:05");
        assertThat(english.longDateTime(time)).isEqualTo("3 December 2026, 14:05");
        assertThat(english.dateTime(time)).isEqualTo("3 Dec 2026, 14:05");
        assertThat(english.day(time.toLocalDate())).isEqualTo("3 Dec 2026");
    }
}
