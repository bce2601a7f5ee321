package org.huzhu.protocol.authority;

import java.util.Set;

/**
 * What the deciding side found out about the staff authorisations of a transaction: each signature checked against
 * the staff registry as it stood at the transaction's {@code createdAt}.
 */
public sealed interface StaffStanding {

    /** No authorisation: the kiosk's and the actor's word only. */
    record None() implements StaffStanding {
    }

    /** Every authorisation verifies against an active staff member of this community; their roles together. */
    record Valid(Set<StaffRole> roles) implements StaffStanding {
        public Valid {
            roles = Set.copyOf(roles);
        }
    }

    /** An authorisation names a key nobody registered, or its signature does not verify. */
    record NotAuthorised() implements StaffStanding {
    }

    /** An authorisation was made by a staff member suspended or revoked at the transaction's time. */
    record Revoked() implements StaffStanding {
    }

    /** An authorisation was made by a staff member of another community. */
    record WrongCommunity() implements StaffStanding {
    }
}
