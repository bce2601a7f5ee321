package org.huzhu.kiosk.app;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks systemd's notify protocol: one datagram per message ({@code READY=1}, {@code WATCHDOG=1}, {@code STATUS=…})
 * to the Unix datagram socket named by {@code $NOTIFY_SOCKET}. The JDK has Unix stream sockets only, so the datagram is
 * sent through libc with JNA (already on the kiosk's class path for PC/SC). Any supervisor that reads the socket is
 * served, not only systemd (the watchdog test reads it itself). Failures are logged, never thrown: a kiosk that cannot
 * reach its supervisor keeps serving, and the supervisor's watchdog then restarts it, which is the safe side.
 */
public final class SystemdNotifier implements AutoCloseable {

    static final String NOTIFY_SOCKET = "NOTIFY_SOCKET";
    static final int AF_UNIX = 1;
    static final int SOCK_DGRAM = 2;
    static final int SOCK_CLOEXEC = 0x80000;
    private static final int SUN_PATH_LENGTH = 108;
    private static final Logger LOG = LoggerFactory.getLogger(SystemdNotifier.class);

    /** The few libc calls of a datagram socket; Linux (x86-64 and ARM64), where the kiosk runs. */
    interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int socket(int domain, int type, int protocol);

        int bind(int fd, byte[] address, int addressLength);

        int sendto(int fd, byte[] message, int length, int flags, byte[] address, int addressLength);

        int recv(int fd, byte[] buffer, int length, int flags);

        int close(int fd);
    }

    private final byte[] address;
    private final int fd;
    private boolean failureLogged;

    private SystemdNotifier(byte[] address, int fd) {
        this.address = address;
        this.fd = fd;
    }

    /** A notifier when {@code $NOTIFY_SOCKET} names a socket (the kiosk runs under a supervisor), else empty. */
    public static Optional<SystemdNotifier> fromEnvironment(Map<String, String> env) {
        String socket = env.getOrDefault(NOTIFY_SOCKET, "");
        if (socket.isEmpty()) {
            return Optional.empty();
        }
        byte[] address;
        try {
            address = socketAddress(socket);
        } catch (IllegalArgumentException e) {
            LOG.warn("NOTIFY_SOCKET ignored: {}", e.getMessage());
            return Optional.empty();
        }
        int fd = LibC.INSTANCE.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            LOG.warn("NOTIFY_SOCKET ignored: no datagram socket (errno {})", Native.getLastError());
            return Optional.empty();
        }
        return Optional.of(new SystemdNotifier(address, fd));
    }

    /** Sends {@code state} (e.g. {@code "WATCHDOG=1"}); false if it could not be sent. Any thread. */
    public synchronized boolean send(String state) {
        byte[] message = state.getBytes(StandardCharsets.UTF_8);
        boolean sent = LibC.INSTANCE.sendto(fd, message, message.length, 0, address, address.length) == message.length;
        if (!sent && !failureLogged) {
            failureLogged = true;
            LOG.warn("The supervisor's notify socket did not take {} (errno {})", state, Native.getLastError());
        }
        return sent;
    }

    @Override
    public synchronized void close() {
        LibC.INSTANCE.close(fd);
    }

    /**
     * A {@code struct sockaddr_un} for {@code path}: the family (native byte order, little-endian on the kiosk's
     * platforms), then the path; a leading {@code @} names an abstract socket (a NUL byte, no terminator), as systemd
     * uses both forms.
     */
    static byte[] socketAddress(String path) {
        boolean isAbstract = path.startsWith("@");
        byte[] name = (isAbstract ? path.substring(1) : path).getBytes(StandardCharsets.UTF_8);
        if (name.length == 0 || name.length >= SUN_PATH_LENGTH) {
            throw new IllegalArgumentException("not a socket path: " + path);
        }
        int length = 2 + (isAbstract ? 1 + name.length : name.length + 1);
        byte[] address = new byte[length];
        address[0] = AF_UNIX;
        System.arraycopy(name, 0, address, isAbstract ? 3 : 2, name.length);
        return address;
    }
}
