package org.huzhu.server.face;

import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.face.FaceKey;

/** The kiosks' template sealing keys, in the {@code kiosk} table (V16). Stateless; inside the caller's transaction. */
final class KioskFaceKeys {

    /** A registered key, decoded. */
    record Registered(SealingScheme scheme, PublicKey key, String encoded) {
    }

    private KioskFaceKeys() {
    }

    /** Stores {@code key} (checked by the caller); true if it differs from the one registered before. */
    static boolean register(Connection connection, String kioskId, FaceKey key) throws SQLException {
        Optional<String> before = encodedOf(connection, kioskId);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE kiosk SET face_key_scheme = ?, face_key = ? WHERE kiosk_id = ?")) {
            update.setString(1, key.scheme());
            update.setString(2, key.publicKey());
            update.setString(3, kioskId);
            update.executeUpdate();
        }
        return !before.equals(Optional.of(key.publicKey()));
    }

    static Optional<Registered> of(Connection connection, String kioskId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT face_key_scheme, face_key FROM kiosk WHERE kiosk_id = ? AND face_key IS NOT NULL")) {
            query.setString(1, kioskId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                FaceKey key = new FaceKey(row.getString(1), row.getString(2), "");
                try {
                    return Optional.of(new Registered(key.sealingScheme(), key.decode(), key.publicKey()));
                } catch (InvalidKeySpecException e) {
                    throw new SQLException("kiosk " + kioskId + " has a face key that registration should have"
                            + " refused: " + e.getMessage(), e);
                }
            }
        }
    }

    private static Optional<String> encodedOf(Connection connection, String kioskId) throws SQLException {
        return of(connection, kioskId).map(Registered::encoded);
    }
}
