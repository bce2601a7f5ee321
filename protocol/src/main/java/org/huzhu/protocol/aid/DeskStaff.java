package org.huzhu.protocol.aid;

import java.util.List;

/**
 * {@code GET /v1/hospital/staff}: the receptionist whose card signed the question and the hospital they and the desk
 * are of (docs/protocol.md §12, hospital desk). A desk asks it when someone signs in, so a card the server would
 * refuse is said to be so before anything is recorded with it, and the desk learns its hospital's name for the slip.
 *
 * @param roles the wire names of their roles, in the order of {@link org.huzhu.protocol.authority.StaffRole}
 */
public record DeskStaff(String staffId, List<String> roles, String hospitalId, String hospitalName) {

    public DeskStaff {
        roles = List.copyOf(roles);
    }
}
