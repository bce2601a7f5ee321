package org.huzhu.kiosk.desk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.community.FamilyLinks;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.FamilyRights;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.community.RefusedChange;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.payload.FamilyLinked;
import org.huzhu.protocol.payload.FamilyPermissionsSet;
import org.huzhu.protocol.payload.FamilyUnlinked;

/**
 * Links two enrolled residents as family, sets what each may do for the other, and ends a link: each signed on the
 * staff card ({@code family.linked}, {@code family.permissions-set}, {@code family.unlinked}), and in the same journal
 * transaction written here in both directions, as the snapshot stores it, so it shows (and works at this station) at
 * once. Blocking: worker threads only. Thread-safe.
 */
public final class FamilyLinking {

    /** One direction's rights to record: what {@code memberId} may do for {@code residentId}. */
    public record RightsChange(UUID residentId, UUID memberId, FamilyRights rights) {
    }

    /** What a payload's reason may hold (docs/protocol.md §6): longer is refused here, before anything is signed. */
    private static final int MAX_REASON = 200;

    private final Database database;
    private final CounterRecorder recorder;

    public FamilyLinking(Database database, CounterRecorder recorder) {
        this.database = database;
        this.recorder = recorder;
    }

    /** Whether the two are linked now (either way round). */
    public boolean linked(UUID resident, UUID member) throws StorageException {
        return database.inTransaction(connection -> FamilyLinks.active(connection, resident, member));
    }

    /** The resident's current links with both directions' rights, by the member's name. */
    public List<FamilyTie> ties(UUID resident) throws StorageException {
        return database.inTransaction(connection -> {
            List<FamilyTie> ties = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT f.member_id, r.display_name FROM family_link f JOIN resident r ON r.id = f.member_id
                    WHERE f.resident_id = ? AND f.active = 1 ORDER BY r.display_name""")) {
                query.setString(1, resident.toString());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        UUID member = UUID.fromString(rows.getString(1));
                        ties.add(new FamilyTie(new FamilyMember(member, rows.getString(2)),
                                FamilyLinks.rights(connection, resident, member).orElseThrow(),
                                FamilyLinks.rights(connection, member, resident).orElse(FamilyRights.ALL)));
                    }
                }
            }
            return ties;
        });
    }

    /** Links the two with every right both ways. */
    public void link(StaffSession staff, UUID resident, UUID member) throws Refusal {
        link(staff, resident, member, FamilyRights.ALL, FamilyRights.ALL);
    }

    /**
     * Links the two, and in the same journal transaction records the rights of each direction that are not all on
     * (a link without a rights record grants everything).
     *
     * @throws Refusal nothing recorded: {@code SAME_RESIDENT}, {@code ALREADY_FAMILY}, {@code UNKNOWN_RESIDENT}
     *     (either is not enrolled here), {@code STAFF_CARD_GONE} or {@code NOT_RECORDED}
     */
    public void link(StaffSession staff, UUID resident, UUID member, FamilyRights memberForResident,
            FamilyRights residentForMember) throws Refusal {
        if (resident.equals(member)) {
            throw new Refusal(Refusal.Reason.SAME_RESIDENT, "a resident cannot be their own family");
        }
        BusinessChange local = (connection, sequence) -> {
            if (!exists(connection, resident) || !exists(connection, member)) {
                throw new RefusedChange(Refusal.Reason.UNKNOWN_RESIDENT, "not enrolled here: " + resident + " or "
                        + member);
            }
            if (FamilyLinks.active(connection, resident, member)) {
                throw new RefusedChange(Refusal.Reason.ALREADY_FAMILY, resident + " and " + member + " are linked");
            }
            FamilyLinks.link(connection, resident, member);
        };
        List<Journal.Step> steps = new ArrayList<>();
        steps.add(new Journal.Step(new FamilyLinked(resident, member), local));
        for (RightsChange change : List.of(new RightsChange(resident, member, memberForResident),
                new RightsChange(member, resident, residentForMember))) {
            if (!change.rights().equals(FamilyRights.ALL)) {
                steps.add(rightsStep(change));
            }
        }
        recorder.record(staff, steps);
    }

    /**
     * Records each direction's new rights, all in one journal transaction.
     *
     * @throws Refusal nothing recorded: {@code NOT_FAMILY} (a link ended meanwhile), {@code STAFF_CARD_GONE} or
     *     {@code NOT_RECORDED}
     */
    public void setRights(StaffSession staff, List<RightsChange> changes) throws Refusal {
        if (changes.isEmpty()) {
            return;
        }
        recorder.record(staff, changes.stream().map(FamilyLinking::rightsStep).toList());
    }

    /**
     * Ends the link of the two, both ways, with the staff member's reason.
     *
     * @throws Refusal nothing recorded: {@code REASON_REQUIRED}, {@code NOT_FAMILY}, {@code STAFF_CARD_GONE} or
     *     {@code NOT_RECORDED}
     */
    public void unlink(StaffSession staff, UUID resident, UUID member, String reason) throws Refusal {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new Refusal(Refusal.Reason.REASON_REQUIRED, "an unlink needs a reason of 1.."
                    + MAX_REASON + " characters");
        }
        recorder.record(staff, List.of(new Journal.Step(new FamilyUnlinked(resident, member, why),
                (connection, sequence) -> {
                    requireLinked(connection, resident, member);
                    FamilyLinks.unlink(connection, resident, member);
                })));
    }

    private static Journal.Step rightsStep(RightsChange change) {
        FamilyRights rights = change.rights();
        return new Journal.Step(new FamilyPermissionsSet(change.residentId(), change.memberId(), rights.mayBook(),
                rights.mayRedeem(), rights.mayReceive()), (connection, sequence) -> {
                    requireLinked(connection, change.residentId(), change.memberId());
                    FamilyLinks.setRights(connection, change.residentId(), change.memberId(), rights);
                });
    }

    private static void requireLinked(Connection connection, UUID resident, UUID member) throws SQLException {
        if (!FamilyLinks.active(connection, resident, member)) {
            throw new RefusedChange(Refusal.Reason.NOT_FAMILY, resident + " and " + member + " are not linked");
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
