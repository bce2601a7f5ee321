package org.huzhu.kiosk.residents;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;

/**
 * Residents and their card bindings in the kiosk database. Blocking (disk): call from a worker thread. Thread-safe.
 * Enrolment at the counter (a later issue) will record each binding as a signed transaction; until then bindings
 * come from the demo seed.
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
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT r.id, r.display_name, r.language FROM card_binding b JOIN resident r ON r.id = b.resident_id
                    WHERE b.card_key = ?""")) {
                query.setString(1, cardKey);
                try (ResultSet row = query.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Resident(UUID.fromString(row.getString(1)), row.getString(2),
                                    Language.fromTag(row.getString(3)).orElse(Language.ZH_CN)))
                            : Optional.empty();
                }
            }
        });
    }

    /** Adds a resident with one bound card, unless that card is already bound (then nothing changes). */
    public void addWithCard(Resident resident, CardKind kind, String cardKey) throws StorageException {
        String now = clock.instant().toString();
        database.inTransaction(connection -> {
            try (PreparedStatement bound = connection.prepareStatement("SELECT 1 FROM card_binding WHERE card_key = ?")) {
                bound.setString(1, cardKey);
                try (ResultSet row = bound.executeQuery()) {
                    if (row.next()) {
                        return null;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO resident (id, display_name, language, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, resident.id().toString());
                insert.setString(2, resident.displayName());
                insert.setString(3, resident.language().tag());
                insert.setString(4, now);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO card_binding (card_key, kind, resident_id, bound_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, cardKey);
                insert.setString(2, kind.column());
                insert.setString(3, resident.id().toString());
                insert.setString(4, now);
                insert.executeUpdate();
            }
            return null;
        });
    }
}
