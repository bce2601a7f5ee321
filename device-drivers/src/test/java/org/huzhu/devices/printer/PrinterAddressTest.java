package org.huzhu.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrinterAddressTest {

    @ParameterizedTest
    @CsvSource({
            "file:/dev/usb/lp0, device /dev/usb/lp0",
            "tcp:192.168.1.40, tcp 192.168.1.40:9100",
            "tcp:printer.local:9101, tcp printer.local:9101",
            "cups:receipt, cups receipt"})
    void theThreeFormsNameTheirTransport(String text, String described) {
        assertThat(new PrinterAddress(text).transport().describe()).isEqualTo(described);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lp0", "file:", "tcp:", "tcp:host:0", "tcp:host:99999", "tcp:host:x", "cups:a b",
            "cups:;rm -rf", "http://printer"})
    void anythingElseSaysWhatIsAllowed(String text) {
        assertThatThrownBy(() -> new PrinterAddress(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file:/dev/usb/lp0");
    }
}
