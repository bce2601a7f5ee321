package org.huzhu.kiosk.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The supervisor's end of systemd's notify protocol for tests: a Unix datagram socket bound to a path, read without
 * blocking. The same libc calls as {@link SystemdNotifier}.
 */
public final class NotifySocket implements AutoCloseable {

    private static final int MSG_DONTWAIT = 0x40;

    private final int fd;

    private NotifySocket(int fd) {
        this.fd = fd;
    }

    public static NotifySocket bind(Path path) {
        int fd = SystemdNotifier.LibC.INSTANCE.socket(SystemdNotifier.AF_UNIX,
                SystemdNotifier.SOCK_DGRAM | SystemdNotifier.SOCK_CLOEXEC, 0);
        byte[] address = SystemdNotifier.socketAddress(path.toString());
        if (fd < 0 || SystemdNotifier.LibC.INSTANCE.bind(fd, address, address.length) != 0) {
            throw new IllegalStateException("cannot bind a notify socket at " + path);
        }
        return new NotifySocket(fd);
    }

    /** The next message within {@code patience}, or empty. */
    public Optional<String> next(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        byte[] buffer = new byte[4096];
        do {
            int length = SystemdNotifier.LibC.INSTANCE.recv(fd, buffer, buffer.length, MSG_DONTWAIT);
            if (length > 0) {
                return Optional.of(new String(buffer, 0, length, StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    @Override
    public void close() {
        SystemdNotifier.LibC.INSTANCE.close(fd);
    }
}
