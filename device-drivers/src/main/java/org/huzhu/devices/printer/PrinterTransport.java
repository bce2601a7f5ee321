package org.huzhu.devices.printer;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The way bytes reach a printer: a device file, a raw network socket or a CUPS raw queue. Blocking I/O: call from a
 * worker thread, never the FX thread.
 */
public interface PrinterTransport {

    /** @throws IOException the printer is not there (no file, nobody listening) */
    Connection open() throws IOException;

    /** What this is, for the log ("tcp 192.168.1.40:9100"). */
    String describe();

    /** One job's connection. Closing it ends the job. */
    interface Connection extends AutoCloseable {

        void write(byte[] bytes) throws IOException;

        /**
         * Reads one byte the printer sends back, waiting at most {@code timeout}.
         *
         * @return empty if nothing came in time, or the connection never answers (one-way)
         */
        Optional<Integer> readAnswer(Duration timeout) throws IOException;

        /** Whether this connection carries answers at all (a CUPS queue does not). */
        boolean answers();

        @Override
        void close() throws IOException;
    }
}
