package org.huzhu.devices.card.tlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huzhu.devices.card.apdu.Hex;
import org.huzhu.devices.card.tlv.CardDataException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimpleTlvTest {

    @Test
    void readsTheValueOfTheExpectedTag() throws CardDataException {
        assertThat(SimpleTlv.recordValue(Hex.parse("0703414243"), 0x07, "f")).containsExactly('A', 'B', 'C');
    }

    @Test
    void acceptsZeroOrFfPaddingAfterTheValue() throws CardDataException {
        assertThat(SimpleTlv.recordValue(Hex.parse("07014100FF00"), 0x07, "f")).containsExactly('A');
    }

    @Test
    void readsThreeByteLengths() throws CardDataException {
        assertThat(SimpleTlv.recordValue(Hex.parse("07FF00024142"), 0x07, "f")).containsExactly('A', 'B');
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'', TRUNCATED",
        "07, TRUNCATED",
        "0809414243, UNEXPECTED_TAG",
        "070941, TRUNCATED",
        "07FF00, TRUNCATED",
        "07FFFFFF41, TRUNCATED",
        "0701414243, BAD_LENGTH"
    })
    void malformedRecordsGiveTypedErrors(String record, Problem problem) {
        assertThatThrownBy(() -> SimpleTlv.recordValue(Hex.parse(record), 0x07, "card number"))
                .isInstanceOfSatisfying(CardDataException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
