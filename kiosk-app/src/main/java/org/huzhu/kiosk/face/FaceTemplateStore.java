package org.huzhu.kiosk.face;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.face.FaceTemplate;
import org.huzhu.protocol.face.FaceTemplateRows;
import org.huzhu.protocol.face.SealedTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The community's face templates on this kiosk (V15, ADR 0019), kept sealed as the server sent them, and where the
 * template pull stands. Thread-safe (the database serialises).
 */
public final class FaceTemplateStore {

    private static final Logger LOG = LoggerFactory.getLogger(FaceTemplateStore.class);

    /** A resident's template, opened: for the gallery only, in memory. */
    public record EnrolledFace(UUID residentId, FaceTemplate template) {
    }

    /** Where the pull stands: the server version held and the key registered for it. */
    public record Cursor(long version, String publicKey) {
    }

    private final Database database;

    public FaceTemplateStore(Database database) {
        this.database = database;
    }

    public Optional<Cursor> cursor() throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT version, public_key FROM face_sync WHERE id = 1");
                    ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Cursor(row.getLong(1), row.getString(2)))
                        : Optional.<Cursor>empty();
            }
        });
    }

    /** A new key: every template held was sealed to the old one, so they go, and the pull starts from 0. */
    public void startOver(String publicKey) throws StorageException {
        database.inTransaction(connection -> {
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM face_template")) {
                clear.executeUpdate();
            }
            writeCursor(connection, new Cursor(0, publicKey));
            return null;
        });
    }

    /** Applies one pull's rows and its new cursor in one transaction. */
    public void apply(FaceTemplateRows rows, String publicKey) throws StorageException {
        database.inTransaction(connection -> {
            for (FaceTemplateRows.Row row : rows.templates()) {
                if (row.removed()) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM face_template WHERE resident_id = ?")) {
                        delete.setString(1, row.residentId());
                        delete.executeUpdate();
                    }
                } else {
                    upsert(connection, row);
                }
            }
            writeCursor(connection, new Cursor(rows.version(), publicKey));
            return null;
        });
    }

    /**
     * Every template held, opened with {@code key}; a row that does not open (damaged, or another key's) is left out
     * and logged, so one bad row never stops face sign-in for the others.
     */
    public List<EnrolledFace> open(KioskFaceKey key) throws StorageException {
        List<Stored> stored = database.inTransaction(FaceTemplateStore::readAll);
        List<EnrolledFace> faces = new ArrayList<>(stored.size());
        for (Stored row : stored) {
            try {
                faces.add(new EnrolledFace(row.residentId(), row.sealed().open(key.privateKey(), key.recipient(),
                        row.residentId(), row.modelId())));
            } catch (SealedBoxException e) {
                LOG.warn("The face template of {} does not open with this kiosk's key: {}", row.residentId(),
                        e.getMessage());
            }
        }
        return faces;
    }

    /** Whether this kiosk holds a template of {@code resident}. */
    public boolean holds(UUID resident) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT 1 FROM face_template WHERE resident_id = ?")) {
                query.setString(1, resident.toString());
                try (ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /** How many residents' templates this kiosk holds. */
    public int count() throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM face_template");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    private record Stored(UUID residentId, String modelId, SealedTemplate sealed) {
    }

    private static List<Stored> readAll(Connection connection) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT resident_id, model_id, scheme, enc, ciphertext FROM face_template ORDER BY resident_id");
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rows.add(new Stored(UUID.fromString(row.getString(1)), row.getString(2),
                        new SealedTemplate(row.getString(3), row.getString(4), row.getString(5))));
            }
        }
        return rows;
    }

    private static void upsert(Connection connection, FaceTemplateRows.Row row) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO face_template (resident_id, model_id, scheme, enc, ciphertext, version)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (resident_id) DO UPDATE SET model_id = excluded.model_id, scheme = excluded.scheme,
                    enc = excluded.enc, ciphertext = excluded.ciphertext, version = excluded.version""")) {
            upsert.setString(1, row.residentId());
            upsert.setString(2, row.modelId());
            upsert.setString(3, row.template().scheme());
            upsert.setString(4, row.template().enc());
            upsert.setString(5, row.template().ciphertext());
            upsert.setLong(6, row.version());
            upsert.executeUpdate();
        }
    }

    private static void writeCursor(Connection connection, Cursor cursor) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO face_sync (id, version, public_key) VALUES (1, ?, ?)
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, public_key = excluded.public_key""")) {
            upsert.setLong(1, cursor.version());
            upsert.setString(2, cursor.publicKey());
            upsert.executeUpdate();
        }
    }
}
