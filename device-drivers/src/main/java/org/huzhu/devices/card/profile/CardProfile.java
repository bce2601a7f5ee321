package org.huzhu.devices.card.profile;

import java.util.Optional;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.identity.CardIdentity;
import org.huzhu.devices.card.tlv.CardDataException;

/** One kind of card the kiosk understands. Implementations are stateless and thread-safe. */
public interface CardProfile {

    /**
     * Reads the card if it carries this profile's application.
     *
     * @return the identity, or empty if this card is not of this kind (the next profile is tried)
     * @throws CardDataException the card is of this kind but its data breaks the profile
     * @throws CardIOException the exchange itself failed (card removed, reader gone, ...)
     */
    Optional<CardIdentity> read(ApduChannel channel) throws CardIOException, CardDataException;
}
