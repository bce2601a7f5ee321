package org.huzhu.devices.card.profile;

import java.util.Optional;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.identity.CardIdentity;
import org.huzhu.devices.card.piv.PivCard;
import org.huzhu.devices.card.tlv.CardDataException;

/**
 * Staff cards: PIV cards (NIST SP 800-73-4) with an ECC P-256 PIV Authentication key and certificate in slot 9A.
 * Reading one proves nothing (certificates are public); the PIN and a signature do, in the staff session. The
 * protocol is in {@link PivCard}. Stateless and thread-safe.
 */
public final class PivStaffProfile implements CardProfile {

    @Override
    public Optional<CardIdentity> read(ApduChannel channel) throws CardIOException, CardDataException {
        return new PivCard(channel).readIdentity().map(CardIdentity.class::cast);
    }
}
