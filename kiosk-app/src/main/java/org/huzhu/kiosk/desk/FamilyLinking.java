package org.huzhu.kiosk.desk;

import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.community.RefusedChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.payload.FamilyLinked;

/**
 * Links two enrolled residents as family: one {@code family.linked} signed on the staff card, and in the same journal
 * transaction the link here in both directions, as the snapshot stores it, so it shows (and works at this station)
 * at once. Blocking: worker threads only. Thread-safe.
 */
public final class FamilyLinking {

    private final Database database;
    private final CounterRecorder recorder;

    public FamilyLinking(Database database, CounterRecorder recorder) {
        this.database = database;
        this.recorder = recorder;
    }

    /** Whether the two are linked already (either way round). */
    public boolean linked(UUID resident, UUID member) throws StorageException {
        return database.inTransaction(connection -> linked(connection, resident, member));
    }

    /**
     * @throws Refusal nothing recorded: {@code SAME_RESIDENT}, {@code ALREADY_FAMILY}, {@code UNKNOWN_RESIDENT}
     *     (either is not enrolled here), {@code STAFF_CARD_GONE} or {@code NOT_RECORDED}
     */
    public void link(StaffSession staff, UUID resident, UUID member) throws Refusal {
        if (resident.equals(member)) {
            throw new Refusal(Refusal.Reason.SAME_RESIDENT, "a resident cannot be their own family");
        }
        BusinessChange local = (connection, sequence) -> {
            if (!exists(connection, resident) || !exists(connection, member)) {
                throw new RefusedChange(Refusal.Reason.UNKNOWN_RESIDENT, "not enrolled here: " + resident + " or "
                        + member);
            }
            if (linked(connection, resident, member)) {
                throw new RefusedChange(Refusal.Reason.ALREADY_FAMILY, resident + " and " + member + " are linked");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO family_link (resident_id, member_id) VALUES (?, ?), (?, ?)")) {
                insert.setString(1, resident.toString());
                insert.setString(2, member.toString());
                insert.setString(3, member.toString());
                insert.setString(4, resident.toString());
                insert.executeUpdate();
            }
        };
        recorder.record(staff, List.of(new Journal.Step(new FamilyLinked(resident, member), local)));
    }

    private static boolean linked(Connection connection, UUID resident, UUID member) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT 1 FROM family_link WHERE resident_id = ? AND member_id = ?
                                             OR resident_id = ? AND member_id = ?""")) {
            query.setString(1, resident.toString());
            query.setString(2, member.toString());
            query.setString(3, member.toString());
            query.setString(4, resident.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static boolean exists(Connection connection, UUID resident) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM resident WHERE id = ?")) {
            query.setString(1, resident.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
