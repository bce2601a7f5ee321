package org.huzhu.server.staff;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.huzhu.protocol.authority.StaffRole;

/**
 * A registered staff member as stored.
 *
 * @param keyFingerprint 64 hex digits: SHA-256 of the card key's SubjectPublicKeyInfo, the name authorisations use
 * @param hospitalId     the hospital (an institution id) a hospital-desk staff member works for; empty otherwise
 */
public record StaffMember(String staffId, String name, Set<StaffRole> roles, String community, String keyFingerprint,
        PublicKey publicKey, StaffStatus status, Instant addedAt, Optional<String> hospitalId) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }
}
