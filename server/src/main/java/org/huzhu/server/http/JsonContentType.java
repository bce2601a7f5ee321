package org.huzhu.server.http;

import java.util.Locale;

/**
 * The one request media type the API reads (docs/protocol.md §2): {@code application/json}, optionally with the single
 * parameter {@code charset=utf-8} (names and values case-insensitive, the value may be quoted, whitespace allowed
 * around {@code ;} as RFC 9110 permits). Anything else, a second parameter or another charset included, would be read
 * differently by someone, so it is refused. Stateless.
 */
final class JsonContentType {

    private static final String WHITESPACE = " \t";

    private JsonContentType() {
    }

    static boolean accepts(String header) {
        if (header == null) {
            return false;
        }
        String[] parts = header.split(";", -1);
        if (parts.length > 2 || !strip(parts[0]).equalsIgnoreCase("application/json")) {
            return false;
        }
        return parts.length == 1 || isUtf8Charset(strip(parts[1]));
    }

    private static boolean isUtf8Charset(String parameter) {
        int equals = parameter.indexOf('=');
        if (equals < 0 || !parameter.substring(0, equals).equalsIgnoreCase("charset")) {
            return false;
        }
        String value = parameter.substring(equals + 1);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.toLowerCase(Locale.ROOT).equals("utf-8");
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && WHITESPACE.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && WHITESPACE.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }
}
