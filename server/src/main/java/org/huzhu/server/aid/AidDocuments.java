package org.huzhu.server.aid;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.aid.SealedDocument;
import org.huzhu.protocol.sync.SyncJson;

/**
 * Supporting documents sealed by counters to charities (docs/protocol.md §12.5). Kept as sent, keyed by the
 * application and the hash; handed to the application's charity once the accepted application names the document.
 * Stateless; works inside the caller's transaction.
 */
public final class AidDocuments {

    private AidDocuments() {
    }

    /** Keeps a document; the same application and hash again keeps the first (a retry). */
    public static void keep(Connection connection, SealedDocument document, String kioskId, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO aid_document (application_id, sha256, charity_id, body, kiosk_id, received_at_ms)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (application_id, sha256) DO NOTHING""")) {
            insert.setString(1, document.applicationId().toString());
            insert.setString(2, document.sha256());
            insert.setString(3, document.charityId());
            insert.setString(4, AidApplications.json(document));
            insert.setString(5, kioskId);
            insert.setLong(6, at.toEpochMilli());
            insert.executeUpdate();
        }
    }

    /**
     * The document for {@code charityId}, when the application is that charity's, names this hash, and the document
     * was sealed to that charity; empty otherwise (to anyone else it does not exist).
     */
    public static Optional<SealedDocument> forCharity(Connection connection, String charityId, UUID applicationId,
            String sha256) throws SQLException {
        Optional<AidApplications.Application> application = AidApplications.find(connection, applicationId);
        if (application.isEmpty() || !application.get().charityId().equals(charityId)
                || !AidApplications.names(connection, applicationId, sha256)) {
            return Optional.empty();
        }
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT body FROM aid_document WHERE application_id = ? AND sha256 = ? AND charity_id = ?""")) {
            query.setString(1, applicationId.toString());
            query.setString(2, sha256);
            query.setString(3, charityId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(SyncJson.MAPPER.readValue(row.getString(1), SealedDocument.class));
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored sealed document is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
