package org.huzhu.devices.card.profile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.huzhu.devices.card.identity.Gender;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.CardDataException.Problem;

/**
 * Decoders for the values inside social-security card records. Strict: a value that is not what the specification
 * says gives a {@link CardDataException} naming the field, never a guess. Stateless and thread-safe.
 */
public final class SsseFields {

    /** The card stores names in GBK; needs the jdk.charsets module in a jlinked runtime. */
    private static final Charset GBK = Charset.forName("GBK");

    private SsseFields() {
    }

    /** ASCII letters and digits, padding (00, 20, FF) removed from the end, 1..maxLength characters. */
    public static String cardNumber(byte[] value, int maxLength) throws CardDataException {
        int end = withoutPadding(value);
        if (end == 0 || end > maxLength) {
            throw new CardDataException(Problem.BAD_LENGTH, "card number has " + end + " characters");
        }
        StringBuilder number = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = (char) (value[i] & 0xFF);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                throw new CardDataException(Problem.BAD_VALUE, "card number has a character other than A-Z, 0-9");
            }
            number.append(c);
        }
        return number.toString();
    }

    /** GBK name of at most {@code maxBytes} bytes, padding removed, no control characters, not blank. */
    public static String name(byte[] value, int maxBytes) throws CardDataException {
        if (value.length > maxBytes) {
            throw new CardDataException(Problem.BAD_LENGTH, "name has " + value.length + " bytes, at most " + maxBytes);
        }
        String name;
        try {
            name = GBK.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value, 0, withoutPadding(value)))
                    .toString()
                    .strip();
        } catch (CharacterCodingException e) {
            throw new CardDataException(Problem.BAD_VALUE, "name is not valid GBK");
        }
        if (name.isEmpty()) {
            throw new CardDataException(Problem.BAD_VALUE, "name is empty");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new CardDataException(Problem.BAD_VALUE, "name contains control characters");
        }
        return name;
    }

    /** One byte, '1' or 01 male, '2' or 02 female; other codes (0, 9: not known, not stated) are NOT_STATED. */
    public static Gender gender(byte[] value) throws CardDataException {
        if (value.length != 1) {
            throw new CardDataException(Problem.BAD_LENGTH, "gender has " + value.length + " bytes, expected 1");
        }
        return switch (value[0]) {
            case '1', 0x01 -> Gender.MALE;
            case '2', 0x02 -> Gender.FEMALE;
            default -> Gender.NOT_STATED;
        };
    }

    /** Four BCD bytes YYYYMMDD forming a real calendar date from 1880 on. */
    public static LocalDate birthDate(byte[] value) throws CardDataException {
        if (value.length != 4) {
            throw new CardDataException(Problem.BAD_LENGTH, "birth date has " + value.length + " bytes, expected 4");
        }
        int[] digits = new int[8];
        for (int i = 0; i < 4; i++) {
            digits[2 * i] = (value[i] >> 4) & 0x0F;
            digits[2 * i + 1] = value[i] & 0x0F;
        }
        for (int digit : digits) {
            if (digit > 9) {
                throw new CardDataException(Problem.BAD_VALUE, "birth date is not BCD");
            }
        }
        int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
        int month = digits[4] * 10 + digits[5];
        int day = digits[6] * 10 + digits[7];
        if (year < 1880) {
            throw new CardDataException(Problem.BAD_VALUE, "birth year before 1880");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new CardDataException(Problem.BAD_VALUE, "birth date is not a calendar date");
        }
    }

    /** Index after the last byte that is not padding (00, space or FF). */
    private static int withoutPadding(byte[] value) {
        int end = value.length;
        while (end > 0 && (value[end - 1] == 0x00 || value[end - 1] == 0x20 || value[end - 1] == (byte) 0xFF)) {
            end--;
        }
        return end;
    }
}
