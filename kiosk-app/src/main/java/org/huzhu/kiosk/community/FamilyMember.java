package org.huzhu.kiosk.community;

import java.util.UUID;

/** A resident linked to another as family: they may give each other minutes and book for each other. */
public record FamilyMember(UUID residentId, String displayName) {
}
