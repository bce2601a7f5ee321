package org.huzhu.devices.card.piv;

import java.util.Optional;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.apdu.Response;
import org.huzhu.devices.card.apdu.StatusWords;
import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.tlv.CardDataException;

/**
 * The PIV subset a kiosk needs, over one channel to one card: select, read the slot 9A certificate, check the PIN,
 * sign a digest (commands in {@link PivCommands}). Long answers arrive in 61xx parts; the channel is expected to be
 * wrapped by {@code ApduChannels.standard}, which collects them.
 *
 * <p>Not thread-safe: confined to the reader thread that owns the channel.
 */
public final class PivCard {

    private static final int SW_NOT_FOUND = 0x6A82;
    private static final int SW_BLOCKED = 0x6983;
    private static final int SW_SECURITY_STATUS = 0x6982;

    private final ApduChannel channel;

    public PivCard(ApduChannel channel) {
        this.channel = channel;
    }

    /**
     * Selects the PIV application and reads the PIV Authentication certificate.
     *
     * @return empty if the card has no PIV application, or one without a slot 9A certificate (not a staff card)
     * @throws CardDataException the card answers as PIV but the template, object or certificate is malformed, or
     *     the key is not P-256
     */
    public Optional<StaffCardIdentity> readIdentity() throws CardIOException, CardDataException {
        if (!select()) {
            return Optional.empty();
        }
        Response object = send(PivCommands.getData(PivCommands.OBJECT_PIV_AUTHENTICATION_CERTIFICATE));
        if (object.sw() == SW_NOT_FOUND) {
            return Optional.empty();
        }
        requireOk(object, "GET DATA PIV Authentication certificate");
        return Optional.of(StaffCertificates.identity(PivObjects.certificate(object.data())));
    }

    /** SELECT PIV: true if the card has it (answering an Application Property Template), false if not. */
    public boolean select() throws CardIOException, CardDataException {
        Response selected = send(PivCommands.select());
        if (StatusWords.isAbsent(selected.sw())) {
            return false;
        }
        requireOk(selected, "SELECT PIV");
        PivObjects.requireApplicationProperties(selected.data());
        return true;
    }

    /**
     * VERIFY the PIN. The padded PIN block and the command holding it are wiped here; {@code pinDigits} stays the
     * caller's to wipe.
     *
     * @param pinDigits 6..8 ASCII digits
     */
    public PinAnswer verifyPin(byte[] pinDigits) throws CardIOException, CardDataException {
        byte[] block = PivPin.padded(pinDigits);
        byte[] command = PivCommands.verify(block);
        try {
            return pinAnswer(send(command).sw());
        } finally {
            PivPin.wipe(block);
            PivPin.wipe(command);
        }
    }

    /** The PIN status without using a try (VERIFY without data). */
    public PinAnswer pinStatus() throws CardIOException, CardDataException {
        return pinAnswer(send(PivCommands.pinStatus()).sw());
    }

    /** GENERAL AUTHENTICATE: the slot 9A key signs the 32-byte {@code digest} as given. */
    public SignAnswer signDigest(byte[] digest) throws CardIOException, CardDataException {
        Response response = send(PivCommands.signDigest(digest));
        if (response.sw() == SW_SECURITY_STATUS) {
            return new SignAnswer.PinRequired();
        }
        if (!response.isOk()) {
            return new SignAnswer.Refused(response.sw());
        }
        return new SignAnswer.Signed(PivObjects.signature(response.data()));
    }

    static PinAnswer pinAnswer(int sw) throws CardDataException {
        if (sw == Response.SW_OK) {
            return new PinAnswer.Verified();
        }
        if (sw == SW_BLOCKED || sw == 0x63C0) {
            return new PinAnswer.Blocked();
        }
        if ((sw & 0xFFF0) == 0x63C0) {
            return new PinAnswer.Wrong(sw & 0x0F);
        }
        throw CardDataException.unexpectedStatus("VERIFY", sw);
    }

    private Response send(byte[] command) throws CardIOException {
        return Response.parse(channel.transmit(command));
    }

    private static void requireOk(Response response, String what) throws CardDataException {
        if (!response.isOk()) {
            throw CardDataException.unexpectedStatus(what, response.sw());
        }
    }
}
