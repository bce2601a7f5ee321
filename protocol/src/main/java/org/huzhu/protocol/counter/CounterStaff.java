package org.huzhu.protocol.counter;

import java.util.List;

/**
 * {@code GET /v1/counter/staff}: the staff member whose card signed the question, as the server's registry knows them
 * now (docs/protocol.md §11). A counter asks it when someone signs in, so that a card the server would refuse is
 * said to be so before anything is recorded with it.
 *
 * @param roles the wire names of their roles, in the order of {@link org.huzhu.protocol.authority.StaffRole}
 */
public record CounterStaff(String staffId, List<String> roles) {

    public CounterStaff {
        roles = List.copyOf(roles);
    }
}
