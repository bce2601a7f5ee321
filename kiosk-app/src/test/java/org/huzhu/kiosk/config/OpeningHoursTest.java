package org.huzhu.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Opening hours: spans per weekday, whether open now, and the next opening. */
class OpeningHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static ZonedDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).atZone(SHANGHAI); // 23 Nov 2026 is a Monday
    }

    private static OpeningHours weekdays() {
        Map<DayOfWeek, List<OpeningHours.Span>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.put(day, OpeningHours.parseDay("08:00-12:00, 14:00-17:30"));
        }
        return new OpeningHours(days);
    }

    @Test
    void openInsideTheSpansAndClosedAtLunchAtNightAndAtTheWeekend() {
        OpeningHours hours = weekdays();
        assertThat(hours.isOpen(at(23, 8, 0))).isTrue();
        assertThat(hours.isOpen(at(23, 11, 59))).isTrue();
        assertThat(hours.isOpen(at(23, 12, 0))).isFalse();
        assertThat(hours.isOpen(at(23, 17, 30))).isFalse();
        assertThat(hours.isOpen(at(28, 10, 0))).as("Saturday").isFalse();
        assertThat(OpeningHours.ALWAYS.isOpen(at(29, 3, 0))).isTrue();
    }

    @Test
    void theNextOpeningIsLaterTodayTomorrowOrAfterTheWeekend() {
        OpeningHours hours = weekdays();
        assertThat(hours.nextOpening(at(23, 12, 30))).contains(at(23, 14, 0));
        assertThat(hours.nextOpening(at(23, 18, 0))).contains(at(24, 8, 0));
        assertThat(hours.nextOpening(at(27, 18, 0))).as("Friday evening").contains(at(30, 8, 0));
        assertThat(new OpeningHours(Map.of()).nextOpening(at(23, 9, 0))).isEmpty();
        assertThat(OpeningHours.ALWAYS.nextOpening(at(23, 9, 0))).as("never closes, so never opens").isEmpty();
    }

    @Test
    void aDaysSettingIsClosedOrSpansAndIsWrittenBackTheSame() {
        assertThat(OpeningHours.parseDay("closed")).isEmpty();
        assertThat(OpeningHours.parseDay("00:00-24:00")).containsExactly(new OpeningHours.Span(0, 1440));
        assertThat(weekdays().format(DayOfWeek.MONDAY)).isEqualTo("08:00-12:00,14:00-17:30");
        assertThat(weekdays().format(DayOfWeek.SUNDAY)).isEqualTo("closed");
        for (String bad : List.of("8-17", "17:00-08:00", "08:00-24:30", "25:00-26:00", "08:60-09:00", "")) {
            assertThatThrownBy(() -> OpeningHours.parseDay(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new OpeningHours(Map.of(DayOfWeek.MONDAY,
                OpeningHours.parseDay("08:00-12:00,11:00-13:00")))).isInstanceOf(IllegalArgumentException.class);
    }
}
