package org.huzhu.server.counter;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The exact-match keys of {@code counter_search_key}: what is stored for a resident, and what a search looks for. A
 * prefix or ending becomes an equality because every prefix of the initials and every ending of the phone number is
 * stored, so both databases answer from the primary key, whatever their collation. Stateless.
 */
final class SearchKeys {

    static final String INITIALS = "i:";
    static final String PHONE = "p:";
    /** A phone number is found by its last 4 digits or more. */
    static final int MIN_PHONE_DIGITS = 4;

    private SearchKeys() {
    }

    /** Every prefix of every spelling of the name's pinyin initials. */
    static Set<String> ofName(String displayName) {
        Set<String> keys = new LinkedHashSet<>();
        for (String initials : PinyinInitials.of(displayName)) {
            for (int length = 1; length <= initials.length(); length++) {
                keys.add(INITIALS + initials.substring(0, length));
            }
        }
        return keys;
    }

    /** The phone's digits and each of their endings of {@link #MIN_PHONE_DIGITS} digits or more. */
    static Set<String> ofPhone(String phoneDigits) {
        Set<String> keys = new LinkedHashSet<>();
        if (!phoneDigits.isEmpty()) {
            keys.add(PHONE + phoneDigits);
        }
        for (int start = 0; phoneDigits.length() - start >= MIN_PHONE_DIGITS; start++) {
            keys.add(PHONE + phoneDigits.substring(start));
        }
        return keys;
    }

    /** The key for a query of ASCII letters only: a prefix of someone's initials, in any case. */
    static Optional<String> initialsQuery(String q) {
        if (q.length() > PinyinInitials.MAX_LENGTH || !q.chars().allMatch(c -> c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z')) {
            return Optional.empty();
        }
        return Optional.of(INITIALS + q.toLowerCase(Locale.ROOT));
    }

    /**
     * The key for a query that is a phone number or its ending: ASCII digits once spaces, dashes and plus signs (the
     * other characters a phone is written with) are taken out, at least {@link #MIN_PHONE_DIGITS} of them.
     */
    static Optional<String> phoneQuery(String q) {
        String digits = q.replace(" ", "").replace("-", "").replace("+", "");
        if (digits.length() < MIN_PHONE_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(PHONE + digits);
    }
}
