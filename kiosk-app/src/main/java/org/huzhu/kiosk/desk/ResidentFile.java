package org.huzhu.kiosk.desk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.community.FamilyMember;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.residents.Resident;

/**
 * A resident as the counter shows them to staff: who they are, their card (as a masked pseudonym: the pseudonym is a
 * bearer token for the resident's card, ADR 0011, so a screen shows only enough of it to compare), their balance and
 * their family. Immutable.
 *
 * @param cardKey  the card pseudonym they sign in with, if a card is bound
 * @param closedAt when their account was closed ({@code resident.closed}); empty while it is open. A closed file is
 *                 read only: its statement may be viewed, nothing changed
 */
public record ResidentFile(Resident resident, Optional<String> cardKey, TimeBank.Balance balance,
        List<FamilyMember> family, Optional<Instant> closedAt) {

    /** Hex digits of the pseudonym shown at each end. */
    static final int SHOWN_DIGITS = 4;

    public ResidentFile {
        Objects.requireNonNull(resident);
        Objects.requireNonNull(cardKey);
        Objects.requireNonNull(balance);
        Objects.requireNonNull(closedAt);
        family = List.copyOf(family);
    }

    /** The card pseudonym's first and last four hex digits, e.g. {@code 3f2a…9c1d}; empty if no card is bound. */
    public Optional<String> maskedCardKey() {
        return cardKey.map(ResidentFile::mask);
    }

    static String mask(String key) {
        if (key.length() <= 2 * SHOWN_DIGITS) {
            return "…";
        }
        return key.substring(0, SHOWN_DIGITS) + "…" + key.substring(key.length() - SHOWN_DIGITS);
    }

    public boolean closed() {
        return closedAt.isPresent();
    }

    /** Whether {@code member} is one of this resident's family. */
    public boolean hasFamilyMember(UUID member) {
        return family.stream().anyMatch(linked -> linked.residentId().equals(member));
    }
}
