package org.huzhu.devices.card.profile;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.apdu.Commands;
import org.huzhu.devices.card.apdu.Response;
import org.huzhu.devices.card.identity.CardIdentity;
import org.huzhu.devices.card.identity.Gender;
import org.huzhu.devices.card.identity.SocialSecurityIdentity;
import org.huzhu.devices.card.tlv.CardDataException;

/**
 * The social-security card's SSSE application: SELECT by DF name, card number from EF05, holder data from EF06, at
 * the places an {@link SsseLayout} names. The raw ID number lives only inside {@link #read} and is overwritten before
 * it returns; the identity carries its HMAC and last four characters.
 *
 * <p>No authenticity check: that needs a PSAM or the issuer's keys, which a community kiosk does not have. A forged
 * card can claim any identity, as a photocopy of an ID card can at a counter.
 *
 * <p>Immutable and thread-safe.
 */
public final class SocialSecurityProfile implements CardProfile {

    private final SsseLayout layout;
    private final IdNumberHasher hasher;

    public SocialSecurityProfile(SsseLayout layout, IdNumberHasher hasher) {
        this.layout = layout;
        this.hasher = hasher;
    }

    @Override
    public Optional<CardIdentity> read(ApduChannel channel) throws CardIOException, CardDataException {
        Response selected = Exchanges.send(channel, Commands.selectByName(layout.applicationName()));
        if (Exchanges.isAbsent(selected.sw())) {
            return Optional.empty();
        }
        Exchanges.requireOk(selected, "SELECT social-security application");

        String cardNumber = SsseFields.cardNumber(Exchanges.readField(channel, layout.cardNumber()),
                layout.cardNumberMaxLength());
        Exchanges.requireOk(Exchanges.send(channel, Commands.selectElementaryFile(layout.holderFileId())),
                "SELECT holder file");

        byte[] idNumber = Exchanges.readField(channel, layout.idNumber());
        String hmac;
        String lastFour;
        try {
            IdNumbers.validateAndNormalise(idNumber);
            hmac = hasher.hmacHex(idNumber);
            lastFour = new String(idNumber, IdNumbers.LENGTH - 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
        } finally {
            Arrays.fill(idNumber, (byte) 0);
        }
        String name = SsseFields.name(Exchanges.readField(channel, layout.name()), layout.nameMaxBytes());
        Gender gender = SsseFields.gender(Exchanges.readField(channel, layout.gender()));
        LocalDate birthDate = SsseFields.birthDate(Exchanges.readField(channel, layout.birthDate()));
        return Optional.of(new SocialSecurityIdentity(cardNumber, name, hmac, lastFour, gender, birthDate));
    }
}
