package org.huzhu.protocol.payload;

import java.util.HexFormat;
import java.util.Objects;

/** Field rules shared by the payload records. */
final class Checks {

    /** One day of minutes: no single action moves more time than that. */
    static final int MAX_MINUTES = 24 * 60;
    /** JSON numbers are doubles: integers beyond 2^53 - 1 would lose digits. */
    static final long MAX_SAFE_INTEGER = (1L << 53) - 1;
    static final int MAX_TEXT = 200;

    private Checks() {
    }

    static int minutes(String field, int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException(field + " must be 1.." + MAX_MINUTES + " minutes: " + minutes);
        }
        return minutes;
    }

    static long nonNegativeAmount(String field, long amount) {
        if (amount < 0 || amount > MAX_SAFE_INTEGER) {
            throw new IllegalArgumentException(field + " must be 0.." + MAX_SAFE_INTEGER + ": " + amount);
        }
        return amount;
    }

    /** Money that must be there: 1 fen up to the largest integer JSON carries exactly. */
    static long positiveAmount(String field, long amount) {
        if (amount < 1 || amount > MAX_SAFE_INTEGER) {
            throw new IllegalArgumentException(field + " must be 1.." + MAX_SAFE_INTEGER + " fen: " + amount);
        }
        return amount;
    }

    /** A charity's or hospital's id (ADR 0015): {@code I-} and 16 lower-case hex digits of its signing key's hash. */
    static String institutionId(String field, String id) {
        Objects.requireNonNull(id, field);
        if (!id.matches("I-[0-9a-f]{16}")) {
            throw new IllegalArgumentException(field + " must be I- and 16 lower-case hex digits");
        }
        return id;
    }

    /**
     * A reference another system made, carried into a bank's file as it is: 1..35 characters (ISO 20022 Max35Text),
     * no spaces at either end, no control characters.
     */
    static String reference(String field, String text) {
        Objects.requireNonNull(text, field);
        if (text.isEmpty() || text.length() > 35 || !text.strip().equals(text)
                || text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be 1..35 characters, without control characters or"
                    + " spaces at the ends");
        }
        return text;
    }

    /** A face model's id (ADR 0019), as {@link org.huzhu.protocol.face.FaceTemplate#isModelId}. */
    static String modelId(String field, String text) {
        if (!org.huzhu.protocol.face.FaceTemplate.isModelId(text)) {
            throw new IllegalArgumentException(field + " must be 1-64 of a-z 0-9 . _ -");
        }
        return text;
    }

    static String text(String field, String text) {
        Objects.requireNonNull(text, field);
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " must be 1.." + MAX_TEXT + " characters");
        }
        return text;
    }

    /** Text that may be absent: {@code ""}, or 1..200 characters as {@link #text}. */
    static String optionalText(String field, String text) {
        Objects.requireNonNull(text, field);
        return text.isEmpty() ? text : text(field, text);
    }

    /** A card pseudonym (docs/protocol.md §1): HMAC-SHA-256 as 64 lower-case hex digits, like an actor's card hash. */
    static String cardHash(String field, String text) {
        Objects.requireNonNull(text, field);
        if (text.length() != 64 || !text.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException(field + " must be 64 lower-case hex digits");
        }
        return text;
    }

    /** The two residents of a family payload: both present, and not the same one. */
    static void twoResidents(java.util.UUID residentId, java.util.UUID memberId) {
        present("residentId", residentId);
        present("memberId", memberId);
        if (residentId.equals(memberId)) {
            throw new IllegalArgumentException("a family link needs two different residents");
        }
    }

    static <T> T present(String field, T value) {
        return Objects.requireNonNull(value, field);
    }
}
