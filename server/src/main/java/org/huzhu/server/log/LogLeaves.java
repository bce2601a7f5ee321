package org.huzhu.server.log;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.huzhu.protocol.log.LogEntries;
import org.huzhu.protocol.log.MerkleHashes;

/**
 * The {@code log_leaf} table (migration V18): the leaves of each community's transparency log, in order. Appending
 * takes the next index inside the caller's transaction, which the database serialises with every other (ADR 0023),
 * and the primary key refuses a second leaf at one index whatever happens. Stateless.
 */
public final class LogLeaves {

    /** Where a transaction is in the log. */
    public record Position(String community, long leafIndex, byte[] leafHash) {
    }

    private LogLeaves() {
    }

    /**
     * Makes accepted transaction {@code transactionId} the next leaf of {@code community}'s log; the leaf data is
     * {@code envelope}, the bytes stored for it. Returns the leaf's index.
     */
    public static long append(Connection connection, String community, String transactionId, byte[] envelope)
            throws SQLException {
        long index = size(connection, community);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO log_leaf (community, leaf_index, transaction_id, leaf_hash) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, community);
            insert.setLong(2, index);
            insert.setString(3, transactionId);
            insert.setString(4, HexFormat.of().formatHex(MerkleHashes.leaf(envelope)));
            insert.executeUpdate();
        }
        return index;
    }

    /** How many leaves {@code community}'s log has. */
    public static long size(Connection connection, String community) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MAX(leaf_index) FROM log_leaf WHERE community = ?")) {
            query.setString(1, community);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long last = row.getLong(1);
                return row.wasNull() ? 0 : last + 1;
            }
        }
    }

    /** The leaf hashes of {@code community} from index {@code from} on, in order; a gap is a broken table. */
    public static List<byte[]> hashesFrom(Connection connection, String community, long from) throws SQLException {
        List<byte[]> hashes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT leaf_index, leaf_hash FROM log_leaf WHERE community = ? AND leaf_index >= ?
                ORDER BY leaf_index""")) {
            query.setString(1, community);
            query.setLong(2, from);
            query.setFetchSize(1000); // PostgreSQL streams a new node's first read of a large log
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(1) != from + hashes.size()) {
                        throw new SQLException("log_leaf of " + community + " has no leaf " + (from + hashes.size()));
                    }
                    hashes.add(leafHash(rows.getString(2)));
                }
            }
        }
        return hashes;
    }

    /** Where accepted transaction {@code transactionId} is in its community's log; empty if it is in none. */
    public static Optional<Position> find(Connection connection, String transactionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT community, leaf_index, leaf_hash FROM log_leaf WHERE transaction_id = ?")) {
            query.setString(1, transactionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Position(row.getString(1), row.getLong(2),
                        leafHash(row.getString(3)))) : Optional.empty();
            }
        }
    }

    /** Leaves {@code start} to {@code end} (exclusive) of {@code community}, with their envelopes, in order. */
    public static List<LogEntries.Entry> entries(Connection connection, String community, long start, long end)
            throws SQLException {
        List<LogEntries.Entry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT l.leaf_index, l.transaction_id, t.envelope FROM log_leaf l
                JOIN transaction_record t ON t.transaction_id = l.transaction_id
                WHERE l.community = ? AND l.leaf_index >= ? AND l.leaf_index < ? ORDER BY l.leaf_index""")) {
            query.setString(1, community);
            query.setLong(2, start);
            query.setLong(3, end);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new LogEntries.Entry(rows.getLong(1), rows.getString(2), Base64.getEncoder()
                            .encodeToString(rows.getString(3).getBytes(StandardCharsets.UTF_8))));
                }
            }
        }
        return entries;
    }

    /** A stored leaf hash; anything but 64 lower-case hex digits is a broken table, not a bug of ours. */
    private static byte[] leafHash(String hex) throws SQLException {
        if (hex == null || !hex.matches("[0-9a-f]{" + 2 * MerkleHashes.LENGTH + "}")) {
            throw new SQLException("log_leaf holds a leaf hash that is not " + MerkleHashes.LENGTH + " bytes of hex");
        }
        return HexFormat.of().parseHex(hex);
    }
}
