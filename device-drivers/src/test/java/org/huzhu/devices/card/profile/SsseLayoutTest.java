package org.huzhu.devices.card.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.huzhu.devices.card.apdu.Hex;
import org.junit.jupiter.api.Test;

class SsseLayoutTest {

    @Test
    void standardLayoutGivesTheReferenceCommands() {
        SsseLayout layout = SsseLayout.standard();

        assertThat(Hex.of(layout.applicationName())).isEqualTo("7378312E73682EC9E7BBE1B1A3D5CF");
        assertThat(Hex.of(layout.cardNumber().readCommand())).isEqualTo("00B2072C0B");
        assertThat(layout.holderFileId()).isEqualTo(0xEF06);
        assertThat(Hex.of(layout.idNumber().readCommand())).isEqualTo("00B2080014");
        assertThat(layout.name().tag()).isEqualTo(0x09);
        assertThat(layout.gender().p1()).isEqualTo(0x0A);
        assertThat(layout.birthDate().tag()).isEqualTo(0x0D);
        assertThat(layout.nameMaxBytes()).isEqualTo(30);
    }

    @Test
    void unknownKeysAreRejectedSoTyposFailAtStart() throws IOException {
        String text = standardText() + "\nname.p3 = 01\n";

        assertThatThrownBy(() -> SsseLayout.load(stream(text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name.p3");
    }

    @Test
    void missingKeysAndBadHexAreRejected() throws IOException {
        assertThatThrownBy(() -> SsseLayout.load(stream(standardText().replace("gender.tag = 0A", ""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gender.tag");
        assertThatThrownBy(() -> SsseLayout.load(stream(standardText().replace("gender.tag = 0A", "gender.tag = 0G"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gender.tag");
    }

    @Test
    void aRegionalFileCanMoveARecord() throws IOException {
        SsseLayout moved = SsseLayout.load(stream(standardText().replace("name.p1 = 09", "name.p1 = 19")
                .replace("name.tag = 09", "name.tag = 19")));

        assertThat(moved.name().p1()).isEqualTo(0x19);
        assertThat(moved.name().tag()).isEqualTo(0x19);
    }

    private static String standardText() throws IOException {
        try (InputStream in = SsseLayout.class.getResourceAsStream("ssse-standard.properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
