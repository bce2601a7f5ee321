package org.huzhu.devices.card.sim.vpcd;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import jdk.net.ExtendedSocketOptions;
import org.huzhu.devices.card.sim.SimulatedCard;

/**
 * TEST AND BENCH SUPPORT ONLY. Puts a {@link SimulatedCard} into one of the virtual readers of vsmartcard's
 * {@code vpcd} driver, so the kiosk reads it through the real pcscd exactly like a physical card.
 *
 * <p><b>vpcd must never be installed or enabled on a kiosk</b>: it listens on all network interfaces, and anyone on the
 * network could inject a card (ADR 0004). This class is in test sources for that reason; kiosk-app tests use it from
 * this module's test-jar.
 *
 * <p>Protocol: the simulator is a TCP client of vpcd on 127.0.0.1. Connecting inserts the card, closing removes it.
 * Every message is a 2-byte big-endian length and that many bytes; a 1-byte message is a control code (0 power off,
 * 1 power on, 2 reset, 4 "send your ATR"), anything longer a command APDU answered with data + SW1 SW2. pcscd polls
 * presence by asking for the ATR about every 400 ms.
 *
 * <p>TCP_QUICKACK is set again before every read: vpcd writes the length and the data in separate segments, and with
 * Linux's delayed ACK each APDU would otherwise stall 40-130 ms.
 *
 * <p>Removal waits for a reset in progress: after a power-on or reset vpcd asks for the ATR at once, and a card taken
 * away between the two (a staff session ending with a reset just before the test removes the card) left vpcd or pcscd
 * unable to see the next card inserted. A person cannot pull a card in those few milliseconds either.
 *
 * <p>Thread-safe; one serving thread per inserted card, joined by {@link #remove}.
 */
public final class VpcdCardSimulator implements AutoCloseable {

    /** The two readers of Debian's default vpcd configuration ({@code /etc/reader.conf.d/vpcd}). */
    public enum Slot {
        READER_0(35963, "Virtual PCD 00 00"),
        READER_1(35964, "Virtual PCD 00 01");

        private final int port;
        private final String readerName;

        Slot(int port, String readerName) {
            this.port = port;
            this.readerName = readerName;
        }

        public int port() {
            return port;
        }

        public String readerName() {
            return readerName;
        }
    }

    private static final int CONTROL_POWER_OFF = 0;
    private static final int CONTROL_POWER_ON = 1;
    private static final int CONTROL_RESET = 2;
    private static final int CONTROL_ATR = 4;
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration RESET_TIMEOUT = Duration.ofSeconds(1);

    private final Slot slot;
    private Socket socket;
    private Thread server;
    /** Power-on or reset received and the ATR not yet asked for; guarded by {@code resetLock}. */
    private boolean resetting;
    private final Object resetLock = new Object();

    public VpcdCardSimulator(Slot slot) {
        this.slot = slot;
    }

    public Slot slot() {
        return slot;
    }

    /** Inserts {@code card}: connects to vpcd. pcscd notices within about 400 ms. */
    public synchronized void insert(SimulatedCard card) {
        insertAndRemoveAfter(card, -1);
    }

    /**
     * Inserts a card that is pulled away during the read: it answers {@code commands} command APDUs and then the
     * connection is closed when the next one arrives, which pcscd reports as a failed transmit and a removed card.
     */
    public synchronized void insertAndRemoveAfter(SimulatedCard card, int commands) {
        remove();
        Socket connected = new Socket();
        try {
            connected.setTcpNoDelay(true);
            connected.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), slot.port()), 2_000);
        } catch (IOException e) {
            closeQuietly(connected);
            throw new UncheckedIOException("vpcd is not listening on port " + slot.port() + " (is pcscd running"
                    + " with vsmartcard-vpcd installed?)", e);
        }
        card.reset();
        socket = connected;
        server = new Thread(() -> serve(connected, card, commands), "vpcd-card-" + slot.port());
        server.setDaemon(true);
        server.start();
    }

    /** Removes the card (closes the connection) and waits for the serving thread. Does nothing without a card. */
    public synchronized void remove() {
        if (socket == null) {
            return;
        }
        awaitResetDone();
        closeQuietly(socket);
        try {
            server.join(JOIN_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socket = null;
        server = null;
    }

    /** Whether a card is in: inserted and neither removed nor pulled away mid-read nor dropped by vpcd. */
    public synchronized boolean isInserted() {
        return socket != null && !socket.isClosed();
    }

    @Override
    public void close() {
        remove();
    }

    private void awaitResetDone() {
        long deadline = System.nanoTime() + RESET_TIMEOUT.toNanos();
        synchronized (resetLock) {
            try {
                while (resetting && System.nanoTime() < deadline) {
                    resetLock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            resetting = false;
        }
    }

    private void resetting(boolean value) {
        synchronized (resetLock) {
            resetting = value;
            resetLock.notifyAll();
        }
    }

    private void serve(Socket connection, SimulatedCard card, int commandsBeforeRemoval) {
        int commandsLeft = commandsBeforeRemoval;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(connection.getInputStream()));
             OutputStream out = connection.getOutputStream()) {
            while (true) {
                connection.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
                byte[] message = new byte[in.readUnsignedShort()];
                in.readFully(message);
                if (message.length == 1) {
                    switch (message[0]) {
                        case CONTROL_ATR -> {
                            send(out, card.atr());
                            resetting(false);
                        }
                        case CONTROL_POWER_ON, CONTROL_RESET -> {
                            card.reset();
                            resetting(true);
                        }
                        case CONTROL_POWER_OFF -> card.reset();
                        default -> {
                            // Unknown control codes have no answer in the protocol.
                        }
                    }
                } else if (message.length > 1) {
                    if (commandsLeft == 0) {
                        return; // pulled away: closing the socket is the removal
                    }
                    if (commandsLeft > 0) {
                        commandsLeft--;
                    }
                    send(out, card.process(message));
                }
            }
        } catch (EOFException e) {
            // vpcd closed the connection (pcscd stopped or ejected the card): the card is out.
        } catch (IOException e) {
            // remove() closed the socket under the read: the card is out.
        } finally {
            closeQuietly(connection);
        }
    }

    /** Length and data in one write, so vpcd reads them without waiting for a second segment. */
    private static void send(OutputStream out, byte[] data) throws IOException {
        byte[] framed = new byte[data.length + 2];
        framed[0] = (byte) (data.length >>> 8);
        framed[1] = (byte) data.length;
        System.arraycopy(data, 0, framed, 2, data.length);
        out.write(framed);
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a socket that is already broken: nothing to do.
        }
    }
}
