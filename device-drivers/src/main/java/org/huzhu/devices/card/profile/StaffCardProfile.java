package org.huzhu.devices.card.profile;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.apdu.Commands;
import org.huzhu.devices.card.apdu.Hex;
import org.huzhu.devices.card.apdu.Response;
import org.huzhu.devices.card.identity.CardIdentity;
import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.tlv.CardDataException;

/**
 * The Huzhu staff card. The project issues these cards itself, so the layout is ours:
 *
 * <ul>
 *   <li>Application: AID {@value #AID_HEX}, i.e. F0 (ISO/IEC 7816-5 proprietary, unregistered) followed by ASCII
 *       "HUZHUSTAFF". Selected with {@code 00 A4 04 00 0B <AID>}.
 *   <li>Staff number: record 1 of the file with short file identifier 1, read with {@code 00 B2 01 0C 00}; the record
 *       is simple-TLV tag 01 holding 1..16 ASCII characters A-Z, 0-9 or '-'.
 *   <li>PIN: 4..8 ASCII digits, reference 81, checked with {@code 00 20 00 81 Lc <PIN>}; three tries. The card
 *       answers 9000 (right), 63Cx (wrong, x tries left) or 6983 (blocked; the counter must unblock it).
 * </ul>
 *
 * <p>The PIN check proves the person knows the PIN of the card that answers; it does not prove the card is genuine
 * (no challenge-response with a key). Good enough for a counter where staff are seen; not for remote access.
 *
 * <p>Immutable and thread-safe.
 */
public final class StaffCardProfile implements CardProfile {

    public static final String AID_HEX = "F048555A48555354414646";
    public static final int STAFF_NUMBER_SFI = 1;
    public static final int STAFF_NUMBER_RECORD = 1;
    public static final int STAFF_NUMBER_TAG = 0x01;
    public static final int PIN_REFERENCE = 0x81;
    public static final int MIN_PIN_DIGITS = 4;
    public static final int MAX_PIN_DIGITS = 8;
    private static final int MAX_STAFF_NUMBER_LENGTH = 16;
    private static final RecordField STAFF_NUMBER = new RecordField("staff number", STAFF_NUMBER_RECORD,
            (STAFF_NUMBER_SFI << 3) | 0x04, 256, STAFF_NUMBER_TAG);

    @Override
    public Optional<CardIdentity> read(ApduChannel channel) throws CardIOException, CardDataException {
        return readStaffNumber(channel).map(StaffCardIdentity::new);
    }

    /**
     * Checks {@code pinDigits} on the card, after making sure the card in the reader is still the staff card that
     * was read. The caller owns and wipes {@code pinDigits}; the command array holding it is wiped here.
     *
     * @param pinDigits ASCII digits, {@value #MIN_PIN_DIGITS}..{@value #MAX_PIN_DIGITS} of them
     */
    public StaffPinResult verifyPin(ApduChannel channel, String expectedStaffNumber, byte[] pinDigits)
            throws CardIOException, CardDataException {
        requireValidPin(pinDigits);
        Optional<String> staffNumber = readStaffNumber(channel);
        if (staffNumber.isEmpty() || !staffNumber.get().equals(expectedStaffNumber)) {
            return new StaffPinResult.NotTheSameCard();
        }
        byte[] command = Commands.verify(PIN_REFERENCE, pinDigits);
        Response response;
        try {
            response = Exchanges.send(channel, command);
        } finally {
            java.util.Arrays.fill(command, (byte) 0);
        }
        int sw = response.sw();
        if (sw == Response.SW_OK) {
            return new StaffPinResult.Accepted(expectedStaffNumber);
        }
        if (sw == 0x6983 || sw == 0x63C0) {
            return new StaffPinResult.Blocked();
        }
        if ((sw & 0xFFF0) == 0x63C0) {
            return new StaffPinResult.WrongPin(sw & 0x0F);
        }
        throw new CardDataException(CardDataException.Problem.UNEXPECTED_STATUS,
                String.format("VERIFY: card answered %04X", sw));
    }

    /** Throws {@link IllegalArgumentException} for anything but 4..8 ASCII digits: the keypad only makes those. */
    public static void requireValidPin(byte[] pinDigits) {
        if (pinDigits.length < MIN_PIN_DIGITS || pinDigits.length > MAX_PIN_DIGITS) {
            throw new IllegalArgumentException("a staff PIN has " + MIN_PIN_DIGITS + ".." + MAX_PIN_DIGITS + " digits");
        }
        for (byte b : pinDigits) {
            if (b < '0' || b > '9') {
                throw new IllegalArgumentException("a staff PIN has digits only");
            }
        }
    }

    private static Optional<String> readStaffNumber(ApduChannel channel) throws CardIOException, CardDataException {
        Response selected = Exchanges.send(channel, Commands.selectByName(Hex.parse(AID_HEX)));
        if (Exchanges.isAbsent(selected.sw())) {
            return Optional.empty();
        }
        Exchanges.requireOk(selected, "SELECT staff application");
        return Optional.of(staffNumber(Exchanges.readField(channel, STAFF_NUMBER)));
    }

    /** Decodes the staff number value: 1..16 of A-Z, 0-9, '-'. */
    public static String staffNumber(byte[] value) throws CardDataException {
        if (value.length == 0 || value.length > MAX_STAFF_NUMBER_LENGTH) {
            throw new CardDataException(CardDataException.Problem.BAD_LENGTH,
                    "staff number has " + value.length + " characters");
        }
        for (byte b : value) {
            if (!(b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-')) {
                throw new CardDataException(CardDataException.Problem.BAD_VALUE,
                        "staff number has a character other than A-Z, 0-9, '-'");
            }
        }
        return new String(value, StandardCharsets.US_ASCII);
    }
}
