package org.huzhu.server.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time enrolment codes: 12 characters from an alphabet without look-alikes (about 59 bits), printed in groups of
 * four ({@code 7KQM-2XHD-R9TW}). Only the SHA-256 of the normalised code is stored. Thread-safe.
 */
public final class EnrolmentCodes {

    /** How long a printed code stays usable unless the operator says otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EnrolmentCodes() {
    }

    /** Creates a code valid until {@code now + validity}, stores its hash, and returns it for printing (only once). */
    public static String issue(Connection connection, Instant now, Duration validity) throws SQLException {
        return issue(connection, now, validity, Optional.empty());
    }

    /**
     * As {@link #issue(Connection, Instant, Duration)}, for a hospital desk station when {@code hospitalId} is given:
     * the kiosk that enrols with the code is that hospital's desk. The caller has checked it is a registered hospital.
     */
    public static String issue(Connection connection, Instant now, Duration validity, Optional<String> hospitalId)
            throws SQLException {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO enrolment_code (code_hash, created_at, expires_at, hospital_id) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, hash(code.toString()));
            insert.setString(2, now.toString());
            insert.setLong(3, now.plus(validity).toEpochMilli());
            insert.setString(4, hospitalId.orElse(null));
            insert.executeUpdate();
        }
        return code.toString();
    }

    /** Marks the code used by {@code kioskId}; false if it is unknown, expired or already used. */
    static boolean consume(Connection connection, String codeHash, String kioskId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE enrolment_code SET used_by = ?, used_at = ?
                WHERE code_hash = ? AND used_by IS NULL AND expires_at > ?""")) {
            update.setString(1, kioskId);
            update.setString(2, now.toString());
            update.setString(3, codeHash);
            update.setLong(4, now.toEpochMilli());
            return update.executeUpdate() == 1;
        }
    }

    /** The hospital a code was issued for; empty for an ordinary kiosk's code (or an unknown code). */
    static Optional<String> hospitalOf(Connection connection, String codeHash) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT hospital_id FROM enrolment_code WHERE code_hash = ?")) {
            query.setString(1, codeHash);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** Case, spaces and dashes do not matter when the code is typed in. */
    static String hash(String code) {
        String normalised = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
