package org.huzhu.devices.card.profile;

import java.util.Optional;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.apdu.Commands;
import org.huzhu.devices.card.apdu.Hex;
import org.huzhu.devices.card.apdu.Response;
import org.huzhu.devices.card.identity.CardIdentity;
import org.huzhu.devices.card.identity.ContactlessIdentity;
import org.huzhu.devices.card.tlv.CardDataException;

/**
 * A contactless card's UID through the PC/SC part 3 pseudo-APDU {@code FF CA 00 00 00}, which the reader answers
 * itself. Tried last: any card on a contactless reader has a UID. Contact readers and cards answer an error status,
 * which means "not this profile". Immutable and thread-safe.
 */
public final class UidProfile implements CardProfile {

    /** ISO/IEC 14443 UIDs are 4, 7 or 10 bytes; ISO/IEC 15693 and FeliCa IDs are 8. */
    private static final int MIN_UID_BYTES = 4;
    private static final int MAX_UID_BYTES = 10;
    private static final int RANDOM_UID_FIRST_BYTE = 0x08;

    @Override
    public Optional<CardIdentity> read(ApduChannel channel) throws CardIOException, CardDataException {
        Response response = Exchanges.send(channel, Commands.getUid());
        if (!response.isOk()) {
            return Optional.empty();
        }
        byte[] uid = response.data();
        if (uid.length < MIN_UID_BYTES || uid.length > MAX_UID_BYTES) {
            throw new CardDataException(CardDataException.Problem.BAD_LENGTH,
                    "UID of " + uid.length + " bytes, expected " + MIN_UID_BYTES + ".." + MAX_UID_BYTES);
        }
        boolean random = uid.length == 4 && (uid[0] & 0xFF) == RANDOM_UID_FIRST_BYTE;
        return Optional.of(new ContactlessIdentity(Hex.of(uid), random));
    }
}
