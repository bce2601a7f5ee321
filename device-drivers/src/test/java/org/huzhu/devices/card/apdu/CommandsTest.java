package org.huzhu.devices.card.apdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void buildsTheSocialSecurityCommandsOfTheReference() {
        assertThat(Hex.of(Commands.selectByName(Hex.parse("7378312E73682EC9E7BBE1B1A3D5CF"))))
                .isEqualTo("00A404000F7378312E73682EC9E7BBE1B1A3D5CF");
        assertThat(Hex.of(Commands.readRecord(0x07, 0x2C, 0x0B))).isEqualTo("00B2072C0B");
        assertThat(Hex.of(Commands.selectElementaryFile(0xEF06))).isEqualTo("00A4020002EF06");
        assertThat(Hex.of(Commands.getUid())).isEqualTo("FFCA000000");
    }

    @Test
    void verifyCarriesThePinAsData() {
        assertThat(Hex.of(Commands.verify(0x81, "1234".getBytes()))).isEqualTo("00200081043132333" + "4");
    }

    @Test
    void rejectsWhatAShortApduCannotCarry() {
        assertThatThrownBy(() -> Commands.command(0, 0xB0, 0, 0, new byte[256], -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Commands.command(0, 0xB0, 0, 0, new byte[0], 257))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
