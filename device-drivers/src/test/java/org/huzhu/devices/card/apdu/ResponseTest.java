package org.huzhu.devices.card.apdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResponseTest {

    @Test
    void splitsDataAndStatusWord() throws CardIOException {
        Response response = Response.parse(Hex.parse("0102 6A82"));

        assertThat(response.data()).containsExactly(1, 2);
        assertThat(response.sw()).isEqualTo(0x6A82);
        assertThat(response.sw1()).isEqualTo(0x6A);
        assertThat(response.sw2()).isEqualTo(0x82);
        assertThat(response.isOk()).isFalse();
    }

    @Test
    void answerWithoutStatusWordIsAProtocolError() {
        assertThatThrownBy(() -> Response.parse(new byte[] {(byte) 0x90}))
                .isInstanceOfSatisfying(CardIOException.class,
                        e -> assertThat(e.reason()).isEqualTo(CardIOException.Reason.PROTOCOL));
    }

    @Test
    void toStringNeverShowsData() throws CardIOException {
        assertThat(Response.parse(Hex.parse("313233 9000")).toString())
                .isEqualTo("Response[3 bytes, SW=9000]");
    }
}
