package org.huzhu.kiosk.residents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
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

    /**
     * A card binding: whose it is, and the one card number (as its pseudonym) it accepts since a replacement.
     *
     * @param cardSerial empty until a {@code card.replaced}: any card with the binding's key is the resident's
     * @param closed     the resident's account was closed ({@code resident.closed}): the card signs nobody in
     */
    public record Binding(Resident resident, Optional<String> cardSerial, boolean closed) {

        /** Whether a card with the number pseudonym {@code tapped} (empty: a tag, which has none) still works. */
        public boolean accepts(Optional<String> tapped) {
            return cardSerial.isEmpty() || cardSerial.equals(tapped);
        }
    }

    /** The resident bound to {@code cardKey}, if any, whichever of their cards it is. */
    public Optional<Resident> findByCard(String cardKey) throws StorageException {
        return bindingOf(cardKey).map(Binding::resident);
    }

    /** The binding of {@code cardKey}, if any. */
    public Optional<Binding> bindingOf(String cardKey) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT r.id, r.display_name, r.language, b.card_serial, r.closed_at
                    FROM card_binding b JOIN resident r ON r.id = b.resident_id WHERE b.card_key = ?""")) {
                query.setString(1, cardKey);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new Binding(resident(row), Optional.ofNullable(row.getString(4)),
                            row.getString(5) != null)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The change that pins {@code resident}'s binding of {@code cardKey} to the card numbered (as a pseudonym)
     * {@code cardSerial}, for the journal transaction that records the {@code card.replaced}; if the card is not
     * bound to them (any more), it throws what {@code notBound} makes, rolling the transaction back.
     */
    public BusinessChange cardReplacement(UUID resident, String cardKey, String cardSerial,
            Supplier<? extends SQLException> notBound) {
        return (connection, sequence) -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE card_binding SET card_serial = ? WHERE resident_id = ? AND card_key = ?")) {
                update.setString(1, cardSerial);
                update.setString(2, resident.toString());
                update.setString(3, cardKey);
                if (update.executeUpdate() != 1) {
                    throw notBound.get();
                }
            }
        };
    }

    /** When {@code resident}'s account was closed ({@code resident.closed}, here or from the server), if it was. */
    public Optional<Instant> closedAt(UUID resident) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT closed_at FROM resident WHERE id = ? AND closed_at IS NOT NULL")) {
                query.setString(1, resident.toString());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(Instant.parse(row.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** Whether {@code resident}'s account was closed, inside the caller's transaction (the authority checks'). */
    public static boolean closed(Connection connection, UUID resident) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM resident WHERE id = ? AND closed_at IS NOT NULL")) {
            query.setString(1, resident.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * The change that marks {@code resident}'s account closed at {@code at}, for the journal transaction that records
     * the {@code resident.closed}; it throws what {@code alreadyClosed} makes if it is closed (or unknown) already, or
     * what {@code heirClosed} makes if {@code heir}'s own account is closed, rolling the transaction back.
     */
    public BusinessChange closing(UUID resident, Optional<UUID> heir, Instant at,
            Supplier<? extends SQLException> alreadyClosed, Supplier<? extends SQLException> heirClosed) {
        return (connection, sequence) -> {
            if (heir.isPresent() && closed(connection, heir.get())) {
                throw heirClosed.get();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE resident SET closed_at = ? WHERE id = ? AND closed_at IS NULL")) {
                update.setString(1, at.toString());
                update.setString(2, resident.toString());
                if (update.executeUpdate() != 1) {
                    throw alreadyClosed.get();
                }
            }
        };
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
     * @throws CardAlreadyBoundException (from {@code apply}) if the card is bound to someone by then whose account is
     *     open; nothing is written. A closed account's card is bound to the new resident instead (ADR 0013); the
     *     closed resident stays, without a card here
     */
    public BusinessChange enrolment(Resident resident, CardKind kind, String cardKey) {
        return (connection, sequence) -> {
            Optional<Resident> holder = findByCard(connection, cardKey);
            if (holder.isPresent() && !closed(connection, holder.get().id())) {
                throw new CardAlreadyBoundException(holder.get());
            }
            if (holder.isPresent()) {
                try (PreparedStatement release = connection.prepareStatement(
                        "DELETE FROM card_binding WHERE card_key = ?")) {
                    release.setString(1, cardKey);
                    release.executeUpdate();
                }
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
