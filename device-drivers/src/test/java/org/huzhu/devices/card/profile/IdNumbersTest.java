package org.huzhu.devices.card.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.huzhu.devices.card.tlv.CardDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"110101194803150025", "44030619450101123X"})
    void acceptsValidNumbers(String id) throws CardDataException {
        IdNumbers.validateAndNormalise(id.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void normalisesALowerCaseCheckCharacter() throws CardDataException {
        byte[] id = "44030619450101123x".getBytes(StandardCharsets.US_ASCII);

        IdNumbers.validateAndNormalise(id);

        assertThat(new String(id, StandardCharsets.US_ASCII)).endsWith("X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110101194803150026", "11010119480315002", "1101011948031500250", "11010119480315A025"})
    void rejectsWrongCheckCharacterLengthOrDigits(String id) {
        assertThatThrownBy(() -> IdNumbers.validateAndNormalise(id.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(CardDataException.class)
                .hasMessageNotContaining("1101011948");
    }
}
