package org.huzhu.server.institution;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.f4b6a3.uuid.UuidCreator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.huzhu.protocol.aid.SealedMessage;
import org.huzhu.protocol.aid.SealedMessages;
import org.huzhu.protocol.counter.Page;
import org.huzhu.server.identity.ServerIdentity;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * The institutions' inbox ({@code sealed_message}, docs/protocol.md §12.3–12.4): every message for an institution is
 * sealed to its registered encryption key and signed with the server's key, then numbered per recipient from 1. The
 * server keeps only the sealed message; it cannot read it again. Thread-safe.
 */
public final class Inbox {

    /** A message kind: lower-case words joined by dots or dashes, e.g. {@code aid.order-event}. */
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");
    private static final int MAX_KIND = 64;
    private static final TypeReference<SealedMessage> MESSAGE = new TypeReference<>() {
    };

    private final Database database;
    private final ServerIdentity identity;
    private final Clock clock;

    public Inbox(Database database, ServerIdentity identity, Clock clock) {
        this.database = database;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * Seals {@code plaintext} to the recipient's encryption key, signs it and stores it as the recipient's next
     * message, inside the caller's transaction (so a message is delivered exactly when the change it tells of is
     * committed). A suspended or unaudited recipient still receives it; it reads it once it may act. This signature
     * is kept stable for the aid code (applications, orders, order events).
     *
     * @param recipientId a registered institution's id; the caller has found it (else IllegalArgumentException)
     * @param kind        what it is, e.g. {@code aid.order} (lower-case words joined by {@code .} or {@code -})
     * @param reference   what it is about, e.g. the aid order id, in clear for the recipient's filing; {@code ""}
     *                    when nothing; never anything personal
     * @param plaintext   the message, typically canonical JSON; sealed, never stored in clear
     * @return the message as stored and as the inbox answers it
     */
    public SealedMessage deliver(Connection connection, String recipientId, String kind, String reference,
            byte[] plaintext) throws SQLException {
        if (kind.length() > MAX_KIND || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a message kind is lower-case words joined by . or -: " + kind);
        }
        if (reference.length() > Institutions.MAX_TEXT || reference.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a reference is at most " + Institutions.MAX_TEXT
                    + " characters without control characters");
        }
        Institution recipient = Institutions.find(connection, recipientId)
                .orElseThrow(() -> new IllegalArgumentException("no institution " + recipientId + " to deliver to"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SealedMessage message = identity.seal(new SealedMessages.Address(UuidCreator.getTimeOrderedEpoch().toString(),
                recipientId, kind, reference, now), recipient.encryptionScheme(), recipient.encryptionKey(), plaintext);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO sealed_message (recipient, seq, message_id, kind, reference, body, created_at_ms)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sealed_message WHERE recipient = ?),
                    ?, ?, ?, ?, ?)""")) {
            insert.setString(1, recipientId);
            insert.setString(2, recipientId);
            insert.setString(3, message.messageId());
            insert.setString(4, kind);
            insert.setString(5, reference);
            insert.setString(6, StoredJson.write(message));
            insert.setLong(7, now.toEpochMilli());
            insert.executeUpdate();
        }
        return message;
    }

    /**
     * The recipient's messages after the first {@code since}, oldest first, at most {@code limit}: a page whose
     * {@code offset} is {@code since} and whose {@code total} counts all of its messages. Messages are numbered from 1
     * without gaps, so the message at position p has number p + 1, and the next page starts at
     * {@code since + items.size()}.
     */
    public Page<SealedMessage> page(String recipientId, long since, int limit) throws StorageException {
        return database.inTransaction(connection -> {
            List<SealedMessage> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT body FROM sealed_message WHERE recipient = ? AND seq > ? ORDER BY seq LIMIT ?")) {
                query.setString(1, recipientId);
                query.setLong(2, since);
                query.setInt(3, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        items.add(StoredJson.read(rows.getString(1), MESSAGE, "sealed message"));
                    }
                }
            }
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM sealed_message WHERE recipient = ?")) {
                count.setString(1, recipientId);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return new Page<>(items, since, row.getLong(1));
                }
            }
        });
    }

}
