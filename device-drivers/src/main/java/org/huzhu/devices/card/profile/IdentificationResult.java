package org.huzhu.devices.card.profile;

import java.util.Optional;
import org.huzhu.devices.card.identity.CardIdentity;
import org.huzhu.devices.card.tlv.CardDataException;

/** The outcome of reading a card that stayed in the reader long enough to answer. */
public sealed interface IdentificationResult {

    record Identified(CardIdentity identity) implements IdentificationResult {
    }

    /**
     * No profile fits, or the card's data breaks the profile it claims.
     *
     * @param problem present when the card had a known application with bad data
     */
    record Unsupported(UnsupportedReason reason, Optional<CardDataException.Problem> problem)
            implements IdentificationResult {
    }

    enum UnsupportedReason {
        /** None of the kiosk's card kinds is on this card. */
        NO_KNOWN_APPLICATION,
        /** A known application whose data is malformed, truncated or invalid. */
        UNREADABLE_DATA
    }
}
