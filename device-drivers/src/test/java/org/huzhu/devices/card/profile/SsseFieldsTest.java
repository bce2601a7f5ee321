package org.huzhu.devices.card.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import org.huzhu.devices.card.apdu.Hex;
import org.huzhu.devices.card.identity.Gender;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.CardDataException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SsseFieldsTest {

    @Test
    void decodesAPaddedGbkName() throws CardDataException {
        byte[] padded = Arrays.copyOf("王秀英".getBytes(Charset.forName("GBK")), 30);

        assertThat(SsseFields.name(padded, 30)).isEqualTo("王秀英");
    }

    @Test
    void rejectsNamesThatAreNotGbkOrEmptyOrTooLong() {
        assertThatThrownBy(() -> SsseFields.name(Hex.parse("81"), 30)).isInstanceOf(CardDataException.class);
        assertThatThrownBy(() -> SsseFields.name(new byte[30], 30)).isInstanceOf(CardDataException.class);
        assertThatThrownBy(() -> SsseFields.name(Hex.parse("41 07 42"), 30)).isInstanceOf(CardDataException.class);
        assertThatThrownBy(() -> SsseFields.name(new byte[31], 30))
                .isInstanceOfSatisfying(CardDataException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BAD_LENGTH));
    }

    @Test
    void decodesBcdBirthDates() throws CardDataException {
        assertThat(SsseFields.birthDate(Hex.parse("19480315"))).isEqualTo(LocalDate.of(1948, 3, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1948031A", "19480230", "18000101", "194803", "1948031500"})
    void rejectsBirthDatesThatAreNotBcdCalendarDates(String hex) {
        assertThatThrownBy(() -> SsseFields.birthDate(Hex.parse(hex))).isInstanceOf(CardDataException.class);
    }

    @Test
    void readsGenderCodes() throws CardDataException {
        assertThat(SsseFields.gender(new byte[] {'1'})).isEqualTo(Gender.MALE);
        assertThat(SsseFields.gender(new byte[] {0x02})).isEqualTo(Gender.FEMALE);
        assertThat(SsseFields.gender(new byte[] {'9'})).isEqualTo(Gender.NOT_STATED);
        assertThatThrownBy(() -> SsseFields.gender(new byte[0])).isInstanceOf(CardDataException.class);
    }

    @Test
    void cardNumbersAreAsciiLettersAndDigits() throws CardDataException {
        assertThat(SsseFields.cardNumber("A1234567 ".getBytes(), 9)).isEqualTo("A1234567");
        assertThatThrownBy(() -> SsseFields.cardNumber("A12-4567".getBytes(), 9)).isInstanceOf(CardDataException.class);
        assertThatThrownBy(() -> SsseFields.cardNumber("A123456789".getBytes(), 9)).isInstanceOf(CardDataException.class);
        assertThatThrownBy(() -> SsseFields.cardNumber(new byte[9], 9)).isInstanceOf(CardDataException.class);
    }
}
