package org.huzhu.devices.card.tlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.huzhu.devices.card.apdu.Bytes;
import org.huzhu.devices.card.apdu.Hex;
import org.huzhu.devices.card.tlv.CardDataException.Problem;
import org.junit.jupiter.api.Test;

class BerTlvTest {

    @Test
    void readsShortAndLongLengthsAndMultiByteTags() throws Exception {
        byte[] longValue = new byte[300];
        byte[] data = Bytes.concat(Hex.parse("5FC105 03 010203"), Hex.parse("70 81 80"), new byte[0x80],
                Hex.parse("71 82 012C"), longValue);

        List<BerTlv> objects = BerTlv.parseAll(data, "test");

        assertThat(objects).extracting(BerTlv::tag).containsExactly(0x5FC105, 0x70, 0x71);
        assertThat(objects.get(0).value()).containsExactly(1, 2, 3);
        assertThat(objects.get(1).value()).hasSize(0x80);
        assertThat(objects.get(2).value()).hasSize(300);
        assertThat(objects.get(0).encoded()).isEqualTo(Hex.parse("5FC10503010203"));
    }

    @Test
    void encodesWithTheShortestLengthFormAndParsesItBack() throws Exception {
        for (int length : new int[] {0, 0x7F, 0x80, 0xFF, 0x100, 0x10000}) {
            byte[] encoded = BerTlv.encode(0x53, new byte[length]);

            assertThat(BerTlv.parseOne(encoded, "test").value()).hasSize(length);
        }
        assertThat(BerTlv.encode(0x53, new byte[0x80])).startsWith(0x53, 0x81, 0x80);
        assertThat(BerTlv.encode(0x53, new byte[0x100])).startsWith(0x53, 0x82, 0x01, 0x00);
    }

    @Test
    void malformedInputIsATypedError() {
        assertProblem("53 05 0102", Problem.TRUNCATED);
        assertProblem("53 82 01", Problem.TRUNCATED);
        assertProblem("53 80 00 00", Problem.BAD_LENGTH);
        assertProblem("53 84 00 00 00 01 00", Problem.BAD_LENGTH);
        assertProblem("5F", Problem.TRUNCATED);
        assertProblem("5F C1 85 01 00", Problem.BAD_VALUE);
        assertProblem("53", Problem.TRUNCATED);
    }

    @Test
    void parseOneWantsExactlyOneObject() {
        assertThatThrownBy(() -> BerTlv.parseOne(Hex.parse("0100 0200"), "two"))
                .isInstanceOfSatisfying(CardDataException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BAD_LENGTH));
        assertThatThrownBy(() -> BerTlv.require(List.of(), 0x70, "none"))
                .isInstanceOfSatisfying(CardDataException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_TAG));
    }

    private static void assertProblem(String hex, Problem problem) {
        assertThatThrownBy(() -> BerTlv.parseAll(Hex.parse(hex), "test")).as(hex)
                .isInstanceOfSatisfying(CardDataException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
