package org.huzhu.kiosk.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the centre is open to residents, per weekday: none, one or more spans of the day
 * ({@code 08:00-12:00,14:00-17:30}), in the kiosk's time zone. Outside them the kiosk shows "closed, open again at …". Immutable.
 */
public final class OpeningHours {

    /** One span of a day, in minutes after midnight: from {@code opens} (inclusive) to {@code closes} (exclusive). */
    public record Span(int opens, int closes) {

        public Span {
            if (opens < 0 || closes > MINUTES_PER_DAY || opens >= closes) {
                throw new IllegalArgumentException("a span opens before it closes, within the day");
            }
        }

        boolean contains(int minute) {
            return minute >= opens && minute < closes;
        }
    }

    static final int MINUTES_PER_DAY = 24 * 60;
    /** The setting's words for a day without opening; {@code 00:00-24:00} is open all day. */
    public static final String CLOSED = "closed";
    private static final Pattern SPAN = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");

    /** Open all day, every day: a kiosk that has no opening hours configured never shows "closed". */
    public static final OpeningHours ALWAYS = always();

    private final Map<DayOfWeek, List<Span>> days;

    public OpeningHours(Map<DayOfWeek, List<Span>> days) {
        EnumMap<DayOfWeek, List<Span>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Span> spans = new ArrayList<>(days.getOrDefault(day, List.of()));
            spans.sort(java.util.Comparator.comparingInt(Span::opens));
            for (int i = 1; i < spans.size(); i++) {
                if (spans.get(i).opens() < spans.get(i - 1).closes()) {
                    throw new IllegalArgumentException("the spans of " + day + " overlap");
                }
            }
            copy.put(day, List.copyOf(spans));
        }
        this.days = copy;
    }

    private static OpeningHours always() {
        Map<DayOfWeek, List<Span>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, List.of(new Span(0, MINUTES_PER_DAY)));
        }
        return new OpeningHours(days);
    }

    /**
     * One day's setting: {@value #CLOSED}, or spans {@code HH:MM-HH:MM} separated by commas ({@code 24:00} ends the
     * day).
     *
     * @throws IllegalArgumentException if it is neither
     */
    public static List<Span> parseDay(String value) {
        String text = value.strip();
        if (text.equalsIgnoreCase(CLOSED)) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher m = SPAN.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("not HH:MM-HH:MM");
            }
            spans.add(new Span(minute(m.group(1), m.group(2)), minute(m.group(3), m.group(4))));
        }
        return spans;
    }

    private static int minute(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 24 || m > 59 || (h == 24 && m != 0)) {
            throw new IllegalArgumentException("no such time of day");
        }
        return h * 60 + m;
    }

    /** The setting's text for {@code day}, as {@link #parseDay} reads it. */
    public String format(DayOfWeek day) {
        List<Span> spans = days.get(day);
        if (spans.isEmpty()) {
            return CLOSED;
        }
        return String.join(",", spans.stream().map(s -> time(s.opens()) + "-" + time(s.closes())).toList());
    }

    private static String time(int minute) {
        return "%02d:%02d".formatted(minute / 60, minute % 60);
    }

    public List<Span> on(DayOfWeek day) {
        return days.get(day);
    }

    /** Whether the centre is open at {@code time} (in its own zone). */
    public boolean isOpen(ZonedDateTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        return days.get(time.getDayOfWeek()).stream().anyMatch(span -> span.contains(minute));
    }

    /**
     * When it opens next after {@code time} (a span's start later than {@code time}, within a week), or empty if it
     * never opens.
     */
    public Optional<ZonedDateTime> nextOpening(ZonedDateTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        LocalDate today = time.toLocalDate();
        for (int ahead = 0; ahead <= 7; ahead++) {
            LocalDate day = today.plusDays(ahead);
            for (Span span : days.get(day.getDayOfWeek())) {
                boolean later = ahead > 0 || span.opens() > minute;
                // A span from midnight that continues yesterday's (open across midnight) is no opening.
                if (later && !continuesPreviousDay(day, span)) {
                    return Optional.of(LocalDateTime.of(day, java.time.LocalTime.MIN).plusMinutes(span.opens())
                            .atZone(time.getZone()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean continuesPreviousDay(LocalDate day, Span span) {
        return span.opens() == 0 && days.get(day.minusDays(1).getDayOfWeek()).stream()
                .anyMatch(previous -> previous.closes() == MINUTES_PER_DAY);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours hours && hours.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return equals(ALWAYS) ? "always open" : days.keySet().stream()
                .map(day -> day.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT) + "=" + format(day))
                .toList().toString();
    }
}
