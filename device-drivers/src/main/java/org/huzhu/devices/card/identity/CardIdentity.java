package org.huzhu.devices.card.identity;

/**
 * Who or what a tapped card identifies, after the card profile has read it. Immutable values, safe to pass between
 * threads. None of them carries a raw ID number.
 */
public sealed interface CardIdentity permits SocialSecurityIdentity, ContactlessIdentity, StaffCardIdentity {

    /** Human-readable profile name for diagnostics and logs, e.g. "social-security card". */
    String profileName();
}
