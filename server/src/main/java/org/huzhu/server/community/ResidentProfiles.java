package org.huzhu.server.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.huzhu.protocol.payload.ResidentProfileSet;
import org.huzhu.server.store.Versions;

/**
 * The latest {@code resident.profile-set} per resident: language, phone and emergency contact, kept with the
 * resident's consent (ADR 0014). Only the language goes into the snapshot (the kiosks greet the resident in it); the
 * phone and the contact are personal data that only the counter's staff-signed queries show, masked. Stateless;
 * every method works inside the caller's transaction.
 */
public final class ResidentProfiles {

    private ResidentProfiles() {
    }

    /** Replaces the resident's profile whole with {@code profile}; the resident's snapshot row takes a new version. */
    public static void set(Connection connection, ResidentProfileSet profile, String transactionId, Instant createdAt)
            throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(
                "UPDATE resident SET version = ? WHERE resident_id = ?")) {
            bump.setLong(1, Versions.next(connection));
            bump.setString(2, profile.residentId().toString());
            bump.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM resident_profile WHERE resident_id = ?")) {
            delete.setString(1, profile.residentId().toString());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO resident_profile (resident_id, language, phone, phone_digits, emergency_name,
                    emergency_phone, consent, transaction_id, set_at_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, profile.residentId().toString());
            insert.setString(2, profile.language());
            insert.setString(3, profile.phone());
            insert.setString(4, digits(profile.phone()));
            insert.setString(5, profile.emergencyName());
            insert.setString(6, profile.emergencyPhone());
            insert.setString(7, profile.consent());
            insert.setString(8, transactionId);
            insert.setLong(9, createdAt.toEpochMilli());
            insert.executeUpdate();
        }
    }

    /** The digits of a phone number as typed ("138 0013-8000" → "13800138000"), for search. */
    public static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }
}
