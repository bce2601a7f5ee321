package org.huzhu.server.kiosk;

import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.ChainHead;

/** The {@code kiosk} table. Stateless; every method works inside the caller's transaction. */
public final class Kiosks {

    private static final String COLUMNS = "kiosk_id, suite, public_key, status, head_sequence, head_hash, hospital_id";

    private Kiosks() {
    }

    public static Optional<KioskRecord> find(Connection connection, String kioskId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM kiosk WHERE kiosk_id = ?")) {
            query.setString(1, kioskId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    public static List<KioskRecord> all(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM kiosk ORDER BY kiosk_id");
             ResultSet rows = query.executeQuery()) {
            List<KioskRecord> kiosks = new ArrayList<>();
            while (rows.next()) {
                kiosks.add(read(rows));
            }
            return kiosks;
        }
    }

    /** @param hospitalId the hospital a desk station is enrolled for (from its enrolment code); empty elsewhere */
    static void insert(Connection connection, String kioskId, SignatureSuite suite, PublicKey key, String codeHash,
            Optional<String> hospitalId, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO kiosk (kiosk_id, suite, public_key, status, enrolled_at, code_hash, head_sequence,
                    head_hash, hospital_id) VALUES (?, ?, ?, 'active', ?, ?, 0, ?, ?)""")) {
            insert.setString(1, kioskId);
            insert.setString(2, suite.id());
            insert.setString(3, Base64.getEncoder().encodeToString(key.getEncoded()));
            insert.setString(4, now.toString());
            insert.setString(5, codeHash);
            insert.setString(6, UnsignedTransaction.GENESIS_HASH);
            insert.setString(7, hospitalId.orElse(null));
            insert.executeUpdate();
        }
    }

    static Optional<String> codeHashOf(Connection connection, String kioskId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT code_hash FROM kiosk WHERE kiosk_id = ?")) {
            query.setString(1, kioskId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    public static void updateHead(Connection connection, String kioskId, ChainHead head) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE kiosk SET head_sequence = ?, head_hash = ? WHERE kiosk_id = ?")) {
            update.setLong(1, head.sequence());
            update.setString(2, head.hash());
            update.setString(3, kioskId);
            update.executeUpdate();
        }
    }

    /** @return false if no such kiosk */
    public static boolean revoke(Connection connection, String kioskId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE kiosk SET status = 'revoked', revoked_at = ? WHERE kiosk_id = ?")) {
            update.setString(1, now.toString());
            update.setString(2, kioskId);
            return update.executeUpdate() == 1;
        }
    }

    private static KioskRecord read(ResultSet row) throws SQLException {
        String kioskId = row.getString(1);
        SignatureSuite suite = SignatureSuites.byId(row.getString(2))
                .orElseThrow(() -> new SQLException("kiosk " + kioskId + " has an unknown suite"));
        PublicKey key;
        try {
            key = suite.decodePublicKey(Base64.getDecoder().decode(row.getString(3)));
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw new SQLException("kiosk " + kioskId + " has an unreadable public key", e);
        }
        return new KioskRecord(kioskId, suite, key, "active".equals(row.getString(4)),
                new ChainHead(row.getLong(5), row.getString(6)), Optional.ofNullable(row.getString(7)));
    }
}
