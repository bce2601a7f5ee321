package org.huzhu.devices.printer;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A printer's device file, {@code /dev/usb/lp0} for a USB printer (Linux usblp; the {@code huzhu} user must be in
 * group {@code lp}). Answers are read only when they are already waiting ({@code available()}), because a read on a
 * character device cannot be given a time-out: a printer that keeps quiet makes the status {@link
 * PrinterStatus#UNKNOWN}, never a hung kiosk.
 */
public final class DeviceFileTransport implements PrinterTransport {

    private static final Duration POLL = Duration.ofMillis(20);

    private final Path device;

    public DeviceFileTransport(Path device) {
        this.device = device;
    }

    @Override
    public Connection open() throws IOException {
        if (!Files.exists(device)) {
            throw new NoSuchFileException(device.toString(), null, "no printer device");
        }
        FileOutputStream out = new FileOutputStream(device.toFile(), true);
        FileInputStream in;
        try {
            in = Files.isReadable(device) ? new FileInputStream(device.toFile()) : null;
        } catch (IOException e) {
            in = null;
        }
        FileInputStream answers = in;
        return new Connection() {
            @Override
            public void write(byte[] bytes) throws IOException {
                out.write(bytes);
                out.flush();
            }

            @Override
            public Optional<Integer> readAnswer(Duration timeout) throws IOException {
                if (answers == null) {
                    return Optional.empty();
                }
                long deadline = System.nanoTime() + timeout.toNanos();
                do {
                    if (answers.available() > 0) {
                        return Optional.of(answers.read());
                    }
                    try {
                        Thread.sleep(POLL);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return Optional.empty();
                    }
                } while (System.nanoTime() < deadline);
                return Optional.empty();
            }

            @Override
            public boolean answers() {
                // A plain file (a spool file, a test) never answers; a device may.
                return answers != null && !Files.isRegularFile(device);
            }

            @Override
            public void close() throws IOException {
                try (out) {
                    if (answers != null) {
                        answers.close();
                    }
                }
            }
        };
    }

    @Override
    public String describe() {
        return "device " + device;
    }
}
