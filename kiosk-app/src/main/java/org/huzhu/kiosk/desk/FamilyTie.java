package org.huzhu.kiosk.desk;

import java.util.Objects;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.FamilyRights;

/**
 * One current family link of a resident, as the counter's family screen shows it: the member, and what each may do
 * for the other. Immutable.
 *
 * @param memberForResident what {@code member} may do for the resident
 * @param residentForMember what the resident may do for {@code member}
 */
public record FamilyTie(FamilyMember member, FamilyRights memberForResident, FamilyRights residentForMember) {

    public FamilyTie {
        Objects.requireNonNull(member);
        Objects.requireNonNull(memberForResident);
        Objects.requireNonNull(residentForMember);
    }
}
