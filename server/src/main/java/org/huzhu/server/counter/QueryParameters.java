package org.huzhu.server.counter;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;

/**
 * The query of a counter request (docs/protocol.md §11), read from the raw query text as strictly as the snapshot's
 * {@code since}: {@code name=value} pairs joined by {@code &}, each name one this endpoint knows, written exactly and
 * at most once; values percent-encoded UTF-8, {@code +} standing for a space as HTML forms write it. Anything else (an
 * empty pair, a name without {@code =}, bad percent-encoding, bytes that are not UTF-8, a control character) is
 * 400 {@code invalid-request}. The institutions' endpoints (§12) read their queries the same way. Immutable.
 */
public final class QueryParameters {

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    /** @param known the names this endpoint takes */
    public static QueryParameters parse(String rawQuery, Set<String> known) throws ApiException {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new QueryParameters(values);
        }
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (equals < 0 || !known.contains(name)) {
                throw invalid("unknown or malformed query parameter '" + pair + "'; this endpoint takes "
                        + String.join(", ", known));
            }
            if (values.put(name, decode(name, pair.substring(equals + 1))) != null) {
                throw invalid("the query parameter " + name + " is given twice");
            }
        }
        return new QueryParameters(values);
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A decimal integer in ASCII digits (no sign) within {@code min..max}, or {@code otherwise} when absent. */
    public long integer(String name, long min, long max, long otherwise) throws ApiException {
        String text = values.get(name);
        if (text == null) {
            return otherwise;
        }
        if (text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw outOfRange(name, min, max);
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw outOfRange(name, min, max);
        }
        if (value < min || value > max) {
            throw outOfRange(name, min, max);
        }
        return value;
    }

    public static ApiException invalid(String message) {
        return new ApiException(400, Codes.INVALID_REQUEST, message);
    }

    private static ApiException outOfRange(String name, long min, long max) {
        return invalid(name + " must be a decimal integer from " + min + " to " + max);
    }

    private static String decode(String name, String raw) throws ApiException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw invalid("bad percent-encoding in " + name);
                }
                bytes.write(hex(raw.charAt(i + 1), name) * 16 + hex(raw.charAt(i + 2), name));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (Character.isSurrogate(c)) {
                // A raw character beyond the basic plane (the client did not encode it): whole, or not at all.
                int codePoint = raw.codePointAt(i);
                if (Character.isBmpCodePoint(codePoint)) {
                    throw invalid(name + " holds half a character");
                }
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i++;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid(name + " is not percent-encoded UTF-8");
        }
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw invalid(name + " holds a control character");
        }
        return text;
    }

    private static int hex(char c, String name) throws ApiException {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
            return Character.toLowerCase(c) - 'a' + 10;
        }
        throw invalid("bad percent-encoding in " + name);
    }
}
