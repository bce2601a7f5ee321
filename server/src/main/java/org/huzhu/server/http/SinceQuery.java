package org.huzhu.server.http;

import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;

/**
 * The query of {@code GET /v1/snapshot} (docs/protocol.md §6), read from the raw query text: absent, empty, or exactly
 * {@code since=V} with V a decimal integer from 0 to 2^63 − 1 in ASCII digits (a digit may be percent-encoded, as URI
 * equivalence allows). Parsed by hand because {@link Long#parseLong} takes a sign and any script's digits, and a
 * servlet's parameter map silently picks one of two {@code since} values. Stateless.
 */
final class SinceQuery {

    private static final String NAME = "since=";

    private SinceQuery() {
    }

    /** The version asked for; 0 when there is no query. */
    static long parse(String rawQuery) throws ApiException {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return 0;
        }
        if (!rawQuery.startsWith(NAME) || rawQuery.length() == NAME.length()) {
            throw invalid();
        }
        long value = 0;
        for (int i = NAME.length(); i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%') {
                c = percentDecoded(rawQuery, i);
                i += 2;
            }
            if (c < '0' || c > '9') {
                throw invalid();
            }
            try {
                value = Math.addExact(Math.multiplyExact(value, 10), c - '0');
            } catch (ArithmeticException e) {
                throw invalid();
            }
        }
        return value;
    }

    private static char percentDecoded(String text, int at) throws ApiException {
        if (at + 2 >= text.length()) {
            throw invalid();
        }
        int high = Character.digit(text.charAt(at + 1), 16);
        int low = Character.digit(text.charAt(at + 2), 16);
        // Character.digit also takes fullwidth and other scripts' digits: only ASCII hex is a percent-encoding.
        if (high < 0 || low < 0 || text.charAt(at + 1) > 'f' || text.charAt(at + 2) > 'f') {
            throw invalid();
        }
        return (char) (high * 16 + low);
    }

    private static ApiException invalid() {
        return new ApiException(400, Codes.INVALID_REQUEST,
                "the query must be absent or exactly since=V, V a decimal integer from 0 to 9223372036854775807");
    }
}
