package org.huzhu.server.counter;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Member numbers as staff see them: {@code M} and the number in at least 6 digits ({@code M000001}). Typed at the
 * counter in any case, with or without the {@code M} and the leading zeros. Stateless.
 */
final class MemberNumbers {

    /** [0-9] in Java's patterns is ASCII only, so another script's digits are not a number. */
    private static final Pattern TYPED = Pattern.compile("[Mm]?0*([0-9]{1,9})");

    private MemberNumbers() {
    }

    static String format(long number) {
        return String.format(Locale.ROOT, "M%06d", number);
    }

    /** {@code ""} for a resident without a number (never enrolled). */
    static String formatOrEmpty(Long number) {
        return number == null ? "" : format(number);
    }

    /** The number {@code q} names, if it is one. */
    static OptionalLong parse(String q) {
        Matcher matcher = TYPED.matcher(q);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
