package org.huzhu.devices.card.apdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huzhu.devices.card.testsupport.ScriptedChannel;
import org.junit.jupiter.api.Test;

class GetResponseChannelTest {

    @Test
    void collectsDataAnnouncedWith61xx() throws CardIOException {
        ScriptedChannel card = ScriptedChannel.of(
                "00A4040002AABB", "6104",
                "00C0000004", "01020304 6102",
                "00C0000002", "0506 9000");

        byte[] response = new GetResponseChannel(card).transmit(Hex.parse("00A4040002AABB"));

        assertThat(Hex.of(response)).isEqualTo("01020304" + "0506" + "9000");
        assertThat(card.finished()).isTrue();
    }

    @Test
    void passesOtherStatusWordsThrough() throws CardIOException {
        ScriptedChannel card = ScriptedChannel.of("00B2010C00", "6A83");

        assertThat(Hex.of(new GetResponseChannel(card).transmit(Hex.parse("00B2010C00")))).isEqualTo("6A83");
    }

    @Test
    void keepsTheLogicalChannelOfTheCommand() throws CardIOException {
        ScriptedChannel card = ScriptedChannel.of("01B2010C00", "6101", "01C0000001", "AA9000");

        assertThat(Hex.of(new GetResponseChannel(card).transmit(Hex.parse("01B2010C00")))).isEqualTo("AA9000");
    }

    @Test
    void endlessMoreDataIsAProtocolErrorNotAHang() {
        ApduChannel endless = command -> Hex.parse("AA6101");

        assertThatThrownBy(() -> new GetResponseChannel(endless).transmit(Hex.parse("00B2010C00")))
                .isInstanceOfSatisfying(CardIOException.class,
                        e -> assertThat(e.reason()).isEqualTo(CardIOException.Reason.PROTOCOL));
    }
}
