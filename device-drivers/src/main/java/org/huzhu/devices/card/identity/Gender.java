package org.huzhu.devices.card.identity;

/** Gender as the social-security card records it (GB/T 2261.1 codes 1 and 2; anything else is not stated). */
public enum Gender {
    MALE,
    FEMALE,
    NOT_STATED
}
