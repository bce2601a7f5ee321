package org.huzhu.devices.card.profile;

import org.huzhu.devices.card.tlv.CardDataException;

/**
 * Checks an 18-character resident ID number (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character (0-9 or
 * X). Works on the ASCII bytes in place so the number never becomes a {@code String}, which could not be wiped.
 */
final class IdNumbers {

    static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final byte[] CHECK_CHARACTERS = "10X98765432".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private IdNumbers() {
    }

    /**
     * Validates and normalises (lower-case x becomes X) the ID number in {@code ascii}.
     *
     * @throws CardDataException BAD_LENGTH or BAD_VALUE; the message never contains the digits
     */
    static void validateAndNormalise(byte[] ascii) throws CardDataException {
        if (ascii.length != LENGTH) {
            throw new CardDataException(CardDataException.Problem.BAD_LENGTH,
                    "ID number has " + ascii.length + " characters, expected " + LENGTH);
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int digit = ascii[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new CardDataException(CardDataException.Problem.BAD_VALUE, "ID number has a non-digit");
            }
            sum += digit * WEIGHTS[i];
        }
        if (ascii[LENGTH - 1] == 'x') {
            ascii[LENGTH - 1] = 'X';
        }
        if (ascii[LENGTH - 1] != CHECK_CHARACTERS[sum % 11]) {
            throw new CardDataException(CardDataException.Problem.BAD_VALUE, "ID number check character is wrong");
        }
    }
}
