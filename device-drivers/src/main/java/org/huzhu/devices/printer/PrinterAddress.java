package org.huzhu.devices.printer;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the receipt printer is, as written in the kiosk's settings: {@code file:/dev/usb/lp0}, {@code tcp:HOST} or
 * {@code tcp:HOST:PORT} (port 9100 if left out), or {@code cups:QUEUE} for a CUPS raw queue.
 */
public record PrinterAddress(String text) {

    /** A network printer that takes longer than this to accept a connection is treated as absent. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    /** @throws IllegalArgumentException not one of the three forms; the message says what is allowed */
    public PrinterAddress {
        text = text.strip();
        transport(text);
    }

    public PrinterTransport transport() {
        return transport(text);
    }

    private static PrinterTransport transport(String text) {
        String rule = "must be file:/dev/usb/lp0 (a device file), tcp:HOST or tcp:HOST:PORT (a network printer, "
                + "port " + SocketTransport.RAW_PORT + " if left out) or cups:QUEUE (a CUPS raw queue)";
        if (text.startsWith("file:/") && text.length() > "file:/".length()) {
            return new DeviceFileTransport(Path.of(text.substring("file:".length())));
        }
        if (text.startsWith("cups:")) {
            try {
                return new CupsRawTransport(text.substring("cups:".length()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(rule, e);
            }
        }
        if (text.startsWith("tcp:")) {
            String rest = text.substring("tcp:".length());
            int colon = rest.lastIndexOf(':');
            String host = colon < 0 ? rest : rest.substring(0, colon);
            int port = SocketTransport.RAW_PORT;
            if (colon >= 0) {
                try {
                    port = Integer.parseInt(rest.substring(colon + 1));
                } catch (NumberFormatException e) {
                    port = -1;
                }
            }
            if (host.matches("[A-Za-z0-9.-]{1,253}") && port > 0 && port < 65536) {
                return new SocketTransport(host, port, CONNECT_TIMEOUT);
            }
        }
        throw new IllegalArgumentException(rule);
    }

    @Override
    public String toString() {
        return text;
    }
}
