package org.huzhu.devices.card.apdu;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.devices.card.testsupport.ScriptedChannel;
import org.junit.jupiter.api.Test;

class WrongLengthRetryChannelTest {

    @Test
    void resendsWithTheLeTheCardAskedFor() throws CardIOException {
        ScriptedChannel card = ScriptedChannel.of("00B209000F", "6C0E", "00B209000E", "0102 9000");

        assertThat(Hex.of(new WrongLengthRetryChannel(card).transmit(Hex.parse("00B209000F")))).isEqualTo("01029000");
        assertThat(card.finished()).isTrue();
    }

    @Test
    void retriesOnlyOnce() throws CardIOException {
        ScriptedChannel card = ScriptedChannel.of("00B209000F", "6C0E", "00B209000E", "6C0D");

        assertThat(Hex.of(new WrongLengthRetryChannel(card).transmit(Hex.parse("00B209000F")))).isEqualTo("6C0D");
    }

    @Test
    void placesLeForEveryShortCommandCase() {
        assertThat(Hex.of(WrongLengthRetryChannel.withLe(Hex.parse("00B20100"), 5))).isEqualTo("00B2010005");
        assertThat(Hex.of(WrongLengthRetryChannel.withLe(Hex.parse("00B2010000"), 5))).isEqualTo("00B2010005");
        assertThat(Hex.of(WrongLengthRetryChannel.withLe(Hex.parse("00A4040002AABB"), 5)))
                .isEqualTo("00A4040002AABB05");
        assertThat(Hex.of(WrongLengthRetryChannel.withLe(Hex.parse("00A4040002AABB00"), 5)))
                .isEqualTo("00A4040002AABB05");
        assertThat(WrongLengthRetryChannel.withLe(Hex.parse("00A40400"+"03AABB"), 5)).as("Lc longer than data")
                .isNull();
        assertThat(WrongLengthRetryChannel.withLe(Hex.parse("00A4"), 5)).isNull();
    }
}
