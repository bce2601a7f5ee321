package org.huzhu.server.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.huzhu.protocol.UnsignedTransaction;

/** The {@code transaction_record} table: every transaction received, with its final verdict. Stateless. */
public final class TransactionRecords {

    /** A transaction as stored. */
    public record Stored(String kioskId, long sequence, String envelopeHash, boolean accepted, String reason,
            List<String> warnings) {
    }

    private TransactionRecords() {
    }

    public static Optional<Stored> find(Connection connection, String transactionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT kiosk_id, sequence, envelope_hash, verdict, reason, warnings FROM transaction_record
                WHERE transaction_id = ?""")) {
            query.setString(1, transactionId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String warnings = row.getString(6);
                return Optional.of(new Stored(row.getString(1), row.getLong(2), row.getString(3),
                        "accepted".equals(row.getString(4)), row.getString(5),
                        warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split(","))));
            }
        }
    }

    public static Optional<String> hashAt(Connection connection, String kioskId, long sequence) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT envelope_hash FROM transaction_record WHERE kiosk_id = ? AND sequence = ?")) {
            query.setString(1, kioskId);
            query.setLong(2, sequence);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    public static void insert(Connection connection, UnsignedTransaction body, byte[] envelope, String hash,
            Outcome outcome, Instant receivedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO transaction_record (transaction_id, kiosk_id, sequence, envelope, envelope_hash, type,
                    created_at_ms, verdict, reason, warnings, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, body.id().toString());
            insert.setString(2, body.kioskId());
            insert.setLong(3, body.sequence());
            insert.setString(4, new String(envelope, StandardCharsets.UTF_8));
            insert.setString(5, hash);
            insert.setString(6, body.type().wireName());
            insert.setLong(7, body.createdAt().toEpochMilli());
            insert.setString(8, outcome.accepted() ? "accepted" : "rejected");
            insert.setString(9, outcome.reason());
            insert.setString(10, String.join(",", outcome.warnings()));
            insert.setString(11, receivedAt.toString());
            insert.executeUpdate();
        }
    }

    /** Number of transactions with this verdict ({@code accepted} or {@code rejected}). */
    public static long count(Connection connection, String verdict) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM transaction_record WHERE verdict = ?")) {
            query.setString(1, verdict);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
