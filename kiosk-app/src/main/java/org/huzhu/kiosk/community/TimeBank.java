package org.huzhu.kiosk.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.sync.SnapshotState;
import org.huzhu.kiosk.sync.SnapshotStore;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.authority.FamilyRight;
import org.huzhu.protocol.payload.HoursTransferred;

/**
 * A resident's time bank at this kiosk: balance, history, family, and giving minutes to family. Blocking (storage and
 * the journal): call from a worker thread. Thread-safe.
 */
public final class TimeBank {

    /**
     * A balance as the kiosk knows it.
     *
     * @param asOf when the server last confirmed it (the snapshot), empty if never
     * @param low  below the time bank's soft limit: allowed, but the resident should hear it
     */
    public record Balance(long minutes, Optional<Instant> asOf, boolean low) {
    }

    /** A transfer that was recorded, with the giver's balance afterwards. */
    public record Transfer(long sequence, FamilyMember to, int minutes, Balance balanceAfter) {
    }

    private final Database database;
    private final Recorder recorder;
    private final Clock clock;

    TimeBank(Database database, Recorder recorder, Clock clock) {
        this.database = database;
        this.recorder = recorder;
        this.clock = clock;
    }

    public Balance balance(UUID resident) throws StorageException {
        return database.inTransaction(connection -> balance(connection, resident));
    }

    private static Balance balance(Connection connection, UUID resident) throws SQLException {
        SnapshotState standing = SnapshotStore.read(connection);
        long minutes = TimeAccounts.balance(connection, resident, standing);
        return new Balance(minutes, standing.generatedAt(), standing.belowSoftLimit(minutes));
    }

    /**
     * The {@code limit} most recent changes, newest first: what the resident did at this kiosk, the volunteer minutes
     * staff confirmed and the corrections staff made (which explain where a balance came from). A corrected change
     * stays listed as it was, with the correction beside it: nothing is edited away.
     */
    public List<TimeEntry> history(UUID resident, int limit) throws StorageException {
        return database.inTransaction(connection -> {
            // A correction made in the same millisecond as what it corrects (a fixed clock) still comes first: the
            // sort is stable, so corrections go in first.
            List<TimeEntry> entries = new ArrayList<>(corrections(connection, resident, limit));
            entries.addAll(madeHere(connection, resident, limit));
            entries.addAll(confirmedVolunteering(connection, resident, limit));
            entries.sort(Comparator.comparing(TimeEntry::at).reversed());
            return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
        });
    }

    private static List<TimeEntry> madeHere(Connection connection, UUID resident, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT t.created_at, t.minutes, t.kind, r.display_name, b.service_code, o.state
                FROM time_entry t JOIN outbox o ON o.sequence = t.sequence
                LEFT JOIN resident r ON r.id = t.counterpart
                LEFT JOIN booking b ON b.id = t.booking_id
                WHERE t.resident_id = ? ORDER BY t.sequence DESC LIMIT ?""")) {
            query.setString(1, resident.toString());
            query.setInt(2, limit);
            List<TimeEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new TimeEntry(Instant.parse(rows.getString(1)), rows.getInt(2),
                            TimeEntry.Kind.fromColumn(rows.getString(3)), Optional.ofNullable(rows.getString(4)),
                            Optional.ofNullable(rows.getString(5)), Optional.empty(),
                            Delivery.fromOutbox(rows.getString(6)), Optional.empty()));
                }
            }
            return entries;
        }
    }

    /** Confirmations learnt before the snapshot carried their date wait for the next full snapshot (V5). */
    private static List<TimeEntry> confirmedVolunteering(Connection connection, UUID volunteer, int limit)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.confirmed_at, c.minutes, v.title_zh, v.title_en
                FROM confirmed_task c LEFT JOIN volunteer_task v ON v.id = c.task_id
                WHERE c.volunteer_id = ? AND c.confirmed_at IS NOT NULL
                ORDER BY c.confirmed_at DESC LIMIT ?""")) {
            query.setString(1, volunteer.toString());
            query.setInt(2, limit);
            List<TimeEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Optional<TimeEntry.TaskTitle> task = rows.getString(3) == null ? Optional.empty()
                            : Optional.of(new TimeEntry.TaskTitle(rows.getString(3), rows.getString(4)));
                    entries.add(new TimeEntry(Instant.parse(rows.getString(1)), rows.getInt(2),
                            TimeEntry.Kind.VOLUNTEERED, Optional.empty(), Optional.empty(), task,
                            Delivery.ACCEPTED, Optional.empty()));
                }
            }
            return entries;
        }
    }

    private static List<TimeEntry> corrections(Connection connection, UUID resident, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT corrected_at, minutes, reason FROM correction WHERE resident_id = ?
                ORDER BY corrected_at DESC LIMIT ?""")) {
            query.setString(1, resident.toString());
            query.setInt(2, limit);
            List<TimeEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new TimeEntry(Instant.parse(rows.getString(1)), rows.getInt(2),
                            TimeEntry.Kind.CORRECTED, Optional.empty(), Optional.empty(), Optional.empty(),
                            Delivery.ACCEPTED, Optional.of(rows.getString(3)).filter(reason -> !reason.isBlank())));
                }
            }
            return entries;
        }
    }

    /** The residents actively linked to {@code resident} as family, by name. */
    public List<FamilyMember> family(UUID resident) throws StorageException {
        return database.inTransaction(connection -> FamilyLinks.members(connection, resident, Optional.empty()));
    }

    /** The family {@code resident} may give minutes to: those the link lets receive from them, by name. */
    public List<FamilyMember> receivers(UUID resident) throws StorageException {
        return database.inTransaction(connection -> FamilyLinks.members(connection, resident,
                Optional.of(new FamilyLinks.Towards(FamilyRight.RECEIVE, true))));
    }

    /** Gives {@code minutes} of {@code from}'s time to a linked family member, as one signed transaction. */
    public Transfer transfer(Actor actor, UUID from, FamilyMember to, int minutes) throws Refusal, StorageException {
        if (minutes < 1) {
            throw new IllegalArgumentException("a transfer moves at least one minute: " + minutes);
        }
        Instant now = clock.instant();
        long sequence = recorder.record(actor, List.of(new Journal.Step(
                new HoursTransferred(from, to.residentId(), minutes), (connection, next) -> {
                    requireFamily(connection, from, to.residentId());
                    if (!FamilyLinks.grants(connection, to.residentId(), from, FamilyRight.RECEIVE)) {
                        throw new RefusedChange(Refusal.Reason.FAMILY_MAY_NOT_RECEIVE, to.residentId()
                                + " may not receive minutes from " + from);
                    }
                    TimeAccounts.checkSpend(connection, from, minutes, now, false);
                    TimeAccounts.addEntry(connection, next, from, -minutes, TimeEntry.Kind.TRANSFERRED_OUT,
                            to.residentId(), null, now);
                    TimeAccounts.addEntry(connection, next, to.residentId(), minutes, TimeEntry.Kind.TRANSFERRED_IN,
                            from, null, now);
                }))).getFirst().sequence();
        return new Transfer(sequence, to, minutes, balance(from));
    }

    /** @throws RefusedChange {@code NOT_FAMILY}: the two are not linked now */
    static void requireFamily(Connection connection, UUID resident, UUID member) throws SQLException {
        if (!FamilyLinks.active(connection, resident, member)) {
            throw new RefusedChange(Refusal.Reason.NOT_FAMILY, resident + " and " + member + " are not linked");
        }
    }
}
