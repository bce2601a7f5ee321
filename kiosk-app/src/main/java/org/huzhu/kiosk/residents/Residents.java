package org.huzhu.kiosk.residents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;

/**
 * Residents and their card bindings in the kiosk database. Blocking (disk): call from a worker thread. Thread-safe.
 * Bindings come from the server's snapshot, the demo seed, and enrolments at this counter ({@link #enrolment}), which
 * are written in the same SQLite transaction as the signed {@code resident.enrolled} that records them.
 */
public final class Residents {

    private final Database database;
    private final Clock clock;

    public Residents(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The resident bound to {@code cardKey}, if any. */
    public Optional<Resident> findByCard(String cardKey) throws StorageException {
        return database.inTransaction(connection -> findByCard(connection, cardKey));
    }

    /** The resident with this id, if the kiosk knows them. */
    public Optional<Resident> find(UUID id) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, display_name, language FROM resident WHERE id = ?")) {
                query.setString(1, id.toString());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(resident(row)) : Optional.empty();
                }
            }
        });
    }

    /** The card pseudonym {@code resident} signs in with, if a card is bound to them. */
    public Optional<String> cardOf(UUID resident) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT card_key FROM card_binding WHERE resident_id = ? ORDER BY bound_at DESC LIMIT 1")) {
                query.setString(1, resident.toString());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Adds a resident with one bound card, unless that card is already bound (then nothing changes). */
    public void addWithCard(Resident resident, CardKind kind, String cardKey) throws StorageException {
        Instant now = clock.instant();
        database.inTransaction(connection -> {
            if (findByCard(connection, cardKey).isEmpty()) {
                insert(connection, resident, kind, cardKey, now);
            }
            return null;
        });
    }

    /**
     * The local half of an enrolment, for the journal transaction that records it: the resident and their card, so
     * the card signs in here at once.
     *
     * @throws CardAlreadyBoundException (from {@code apply}) if the card is bound to someone by then; nothing is
     *     written
     */
    public BusinessChange enrolment(Resident resident, CardKind kind, String cardKey) {
        return (connection, sequence) -> {
            Optional<Resident> holder = findByCard(connection, cardKey);
            if (holder.isPresent()) {
                throw new CardAlreadyBoundException(holder.get());
            }
            insert(connection, resident, kind, cardKey, clock.instant());
        };
    }

    private static Optional<Resident> findByCard(Connection connection, String cardKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT r.id, r.display_name, r.language FROM card_binding b JOIN resident r ON r.id = b.resident_id
                WHERE b.card_key = ?""")) {
            query.setString(1, cardKey);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(resident(row)) : Optional.empty();
            }
        }
    }

    private static Resident resident(ResultSet row) throws SQLException {
        return new Resident(UUID.fromString(row.getString(1)), row.getString(2),
                Language.fromTag(row.getString(3)).orElse(Language.ZH_CN));
    }

    private static void insert(Connection connection, Resident resident, CardKind kind, String cardKey, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO resident (id, display_name, language, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, resident.id().toString());
            insert.setString(2, resident.displayName());
            insert.setString(3, resident.language().tag());
            insert.setString(4, now.toString());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO card_binding (card_key, kind, resident_id, bound_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, cardKey);
            insert.setString(2, kind.column());
            insert.setString(3, resident.id().toString());
            insert.setString(4, now.toString());
            insert.executeUpdate();
        }
    }
}
