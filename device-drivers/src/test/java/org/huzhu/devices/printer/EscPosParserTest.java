package org.huzhu.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bytes that are not a receipt of ours are a typed error, whatever they are; never a guess or a crash. */
class EscPosParserTest {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void anUnknownCommandIsNamed() {
        assertThatThrownBy(() -> EscPosParser.parse(bytes(0x1B, '@', 0x1B, 'E', 1)))
                .isInstanceOf(EscPosFormatException.class).hasMessageContaining("ESC 0x45");
    }

    @Test
    void aTruncatedQrCodeIsCutShort() {
        assertThatThrownBy(() -> EscPosParser.parse(bytes(0x1D, '(', 'k', 20, 0, 49, 80, '0', 'A')))
                .isInstanceOf(EscPosFormatException.class).hasMessageContaining("cut short");
    }

    @Test
    void aQrLengthBeyondAnyReceiptIsRefusedBeforeReading() {
        assertThatThrownBy(() -> EscPosParser.parse(bytes(0x1D, '(', 'k', 0xFF, 0xFF, 49, 80, '0')))
                .isInstanceOf(EscPosFormatException.class).hasMessageContaining("length of 65535");
    }

    @Test
    void chineseBytesOutsideChineseModeAreRefused() {
        assertThatThrownBy(() -> EscPosParser.parse(bytes(0x1B, '@', 0xC0, 0xED, 0x0A)))
                .isInstanceOf(EscPosFormatException.class).hasMessageContaining("outside Chinese mode");
    }

    @Test
    void malformedGb18030IsRefused() {
        assertThatThrownBy(() -> EscPosParser.parse(bytes(0x1C, '&', 0x81, 0x0A)))
                .isInstanceOf(EscPosFormatException.class).hasMessageContaining("not GB18030");
    }

    @Test
    void anEndlessLineStops() {
        byte[] line = new byte[10_000];
        Arrays.fill(line, (byte) 'A');

        assertThatThrownBy(() -> EscPosParser.parse(line))
                .isInstanceOf(EscPosFormatException.class).hasMessageContaining("longer than");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomBytesEndInAReceiptOrATypedError(long seed) {
        byte[] garbage = new byte[2000];
        new Random(seed).nextBytes(garbage);

        try {
            assertThat(EscPosParser.parse(garbage)).isNotNull();
        } catch (EscPosFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Test
    void aReceiptCutBeforeTheGarbageIsStillThere() throws Exception {
        byte[] good = new EscPosEncoder().encode(Receipt.builder(PaperWidth.MM58).line("ok").cut());
        byte[] both = Arrays.copyOf(good, good.length + 2);
        both[good.length] = 0x1B;
        both[good.length + 1] = 'Z';
        java.util.List<Receipt> seen = new java.util.ArrayList<>();

        assertThatThrownBy(() -> new EscPosParser(new java.io.ByteArrayInputStream(both),
                java.io.OutputStream.nullOutputStream(), n -> 0x12).readAll(seen::add))
                .isInstanceOf(EscPosFormatException.class);
        assertThat(seen).extracting(r -> r.lines().getFirst().text()).containsExactly("ok");
    }
}
