package org.huzhu.devices.printer;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A CUPS raw queue: the bytes go to {@code lp -d QUEUE -o raw} unchanged. One-way, so the status is {@link
 * PrinterStatus#UNKNOWN}: CUPS holds the job until the printer takes it. Set up the queue with
 * {@code lpadmin -p QUEUE -E -v usb://… -m raw} (or {@code socket://host:9100}).
 */
public final class CupsRawTransport implements PrinterTransport {

    private static final Duration LP_EXIT = Duration.ofSeconds(10);

    private final String queue;

    public CupsRawTransport(String queue) {
        if (!queue.matches("[A-Za-z0-9_.-]{1,127}")) {
            throw new IllegalArgumentException("a CUPS queue name is letters, digits, '_', '.' and '-'");
        }
        this.queue = queue;
    }

    @Override
    public Connection open() throws IOException {
        Process lp = new ProcessBuilder(List.of("lp", "-d", queue, "-o", "raw"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        OutputStream job = lp.getOutputStream();
        return new Connection() {
            @Override
            public void write(byte[] bytes) throws IOException {
                job.write(bytes);
            }

            @Override
            public Optional<Integer> readAnswer(Duration timeout) {
                return Optional.empty();
            }

            @Override
            public boolean answers() {
                return false;
            }

            @Override
            public void close() throws IOException {
                job.close();
                try {
                    if (!lp.waitFor(LP_EXIT.toSeconds(), TimeUnit.SECONDS)) {
                        lp.destroy();
                        throw new IOException("lp did not finish");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while lp queued the receipt", e);
                }
                if (lp.exitValue() != 0) {
                    throw new IOException("lp -d " + queue + " failed with exit code " + lp.exitValue());
                }
            }
        };
    }

    @Override
    public String describe() {
        return "cups " + queue;
    }
}
