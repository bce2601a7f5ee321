package org.huzhu.devices.printer.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.huzhu.devices.printer.EscPosFormatException;
import org.huzhu.devices.printer.EscPosParser;
import org.huzhu.devices.printer.PrinterAddress;
import org.huzhu.devices.printer.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A network receipt printer on a loopback port, for tests and the demo: it reads the ESC/POS bytes it is sent with
 * {@link EscPosParser} — so only what a real printer would print comes out — answers status queries, and can run
 * out of paper or have its cover open. What it printed is kept in order; bytes it could not read are kept as
 * {@link EscPosFormatException}s. Thread-safe.
 */
public final class SimulatedPrinter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPrinter.class);
    private static final int ONLINE = 0x12;

    private final ServerSocket server;
    private final LinkedBlockingQueue<Receipt> printed = new LinkedBlockingQueue<>();
    private final List<Receipt> history = new CopyOnWriteArrayList<>();
    private final List<EscPosFormatException> unreadable = new CopyOnWriteArrayList<>();
    private final List<Consumer<Receipt>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean outOfPaper;
    private volatile boolean coverOpen;

    private SimulatedPrinter(ServerSocket server) {
        this.server = server;
        Thread.ofPlatform().daemon().name("simulated-printer-" + server.getLocalPort()).start(this::accept);
    }

    /** A printer listening on a free loopback port, with paper, cover closed. */
    public static SimulatedPrinter onLoopback() throws IOException {
        return new SimulatedPrinter(new ServerSocket(0, 4, InetAddress.getLoopbackAddress()));
    }

    /** Where the kiosk finds it: {@code tcp:127.0.0.1:PORT}. */
    public PrinterAddress address() {
        return new PrinterAddress("tcp:" + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort());
    }

    public void setOutOfPaper(boolean out) {
        outOfPaper = out;
    }

    public boolean outOfPaper() {
        return outOfPaper;
    }

    public void setCoverOpen(boolean open) {
        coverOpen = open;
    }

    /** Called on the printer's thread with each receipt as it is cut. */
    public void onPrinted(Consumer<Receipt> listener) {
        listeners.add(listener);
    }

    /** The next receipt printed (taken from the tray), waiting at most {@code timeout}; null if none came. */
    public Receipt awaitReceipt(Duration timeout) throws InterruptedException {
        return printed.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every receipt printed since the start, in order. */
    public List<Receipt> history() {
        return List.copyOf(history);
    }

    /** What it was sent and could not read. */
    public List<EscPosFormatException> unreadable() {
        return new ArrayList<>(unreadable);
    }

    /** Stops listening: from now on the printer is absent. */
    @Override
    public void close() throws IOException {
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket job = server.accept()) {
                read(job.getInputStream(), job.getOutputStream());
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("Simulated printer connection ended: {}", e.toString());
                }
            }
        }
    }

    private void read(InputStream in, OutputStream replies) throws IOException {
        try {
            new EscPosParser(in, replies, this::answer).readAll(this::cut);
        } catch (EscPosFormatException e) {
            LOG.info("Simulated printer could not read what it was sent: {}", e.getMessage());
            unreadable.add(e);
        }
    }

    /** Out of paper, nothing comes out: the bytes are read and dropped, as a real printer's buffer would be. */
    private void cut(Receipt receipt) {
        if (outOfPaper || coverOpen) {
            return;
        }
        history.add(receipt);
        printed.add(receipt);
        for (Consumer<Receipt> listener : listeners) {
            listener.accept(receipt);
        }
    }

    /** {@code DLE EOT n}: 1 printer (bit 3 offline), 2 offline cause (bit 2 cover, bit 5 paper), 4 paper (bits 5, 6). */
    private int answer(int n) {
        boolean offline = outOfPaper || coverOpen;
        return switch (n) {
            case 1 -> ONLINE | (offline ? 0x08 : 0);
            case 2 -> ONLINE | (coverOpen ? 0x04 : 0) | (outOfPaper ? 0x20 : 0);
            case 4 -> ONLINE | (outOfPaper ? 0x60 : 0);
            default -> ONLINE;
        };
    }
}
