package org.huzhu.devices.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import javax.smartcardio.CardException;
import jnasmartcardio.Smartcardio;
import org.huzhu.devices.card.apdu.CardIOException.Reason;
import org.junit.jupiter.api.Test;

/** Both providers' failures are sorted the same way: jnasmartcardio by code, the JDK's by the name in its message. */
class PcscErrorsTest {

    @Test
    void jnasmartcardioCodes() {
        assertThat(PcscErrors.reason(new Smartcardio.JnaPCSCException(0x8010001DL, "x"))).isEqualTo(Reason.SERVICE_UNAVAILABLE);
        assertThat(PcscErrors.reason(new Smartcardio.JnaPCSCException(0x80100003L, "x"))).isEqualTo(Reason.SERVICE_UNAVAILABLE);
        assertThat(PcscErrors.reason(new Smartcardio.JnaPCSCException(0x80100069L, "x"))).isEqualTo(Reason.CARD_REMOVED);
        assertThat(PcscErrors.reason(new Smartcardio.JnaPCSCException(0x80100009L, "x"))).isEqualTo(Reason.READER_UNAVAILABLE);
        assertThat(PcscErrors.reason(new Smartcardio.JnaPCSCException(0x80100016L, "x"))).isEqualTo(Reason.COMMUNICATION);
    }

    @Test
    void jdkProviderNamesInTheCauseMessage() {
        assertThat(PcscErrors.reason(new CardException("list() failed", new IllegalStateException("SCARD_E_NO_SERVICE"))))
                .isEqualTo(Reason.SERVICE_UNAVAILABLE);
        assertThat(PcscErrors.reason(new CardException("connect() failed", new IllegalStateException("SCARD_W_REMOVED_CARD"))))
                .isEqualTo(Reason.CARD_REMOVED);
        assertThat(PcscErrors.reason(new CardException("something else"))).isEqualTo(Reason.COMMUNICATION);
    }
}
