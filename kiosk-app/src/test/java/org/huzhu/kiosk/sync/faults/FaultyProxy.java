package org.huzhu.kiosk.sync.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.huzhu.kiosk.sync.faults.RawHttp.Message;

/**
 * A real TCP proxy on loopback between the kiosk's sync client and a server, breaking requests as its
 * {@link FaultPlan} says (see {@link Fault}). One request per connection; each connection is handled on its own
 * virtual thread, so late deliveries race with the kiosk's retries. {@link #close} stops accepting, waits for every
 * connection in progress, and drops requests still held for late delivery. Thread-safe.
 */
public final class FaultyProxy implements AutoCloseable {

    private static final int SOCKET_TIMEOUT_MILLIS = (int) Duration.ofSeconds(30).toMillis();

    private final int serverPort;
    private final FaultPlan plan;
    private final ServerSocket listener;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread acceptor;
    private final Queue<Message> heldForLateDelivery = new ConcurrentLinkedQueue<>();
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
    private int lateDeliveries;

    /** Listens on a free loopback port and forwards to {@code serverPort} on loopback. */
    public FaultyProxy(int serverPort, FaultPlan plan) throws IOException {
        this.serverPort = serverPort;
        this.plan = plan;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofPlatform().name("faulty-proxy-accept").daemon().start(this::acceptLoop);
    }

    /** The address the kiosk should use instead of the server's. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** How many requests met each fault so far. */
    public synchronized Map<Fault, Integer> injected() {
        return Map.copyOf(injected);
    }

    /** How many held requests have reached the server after a later one. */
    public synchronized int lateDeliveries() {
        return lateDeliveries;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        listener.close();
        acceptor.join();
        connections.close(); // waits for connections and late deliveries in progress
        heldForLateDelivery.clear();
    }

    private void acceptLoop() {
        while (true) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            try {
                connections.execute(() -> handle(client));
            } catch (RejectedExecutionException e) {
                closeQuietly(client);
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            client.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
            Optional<Message> request = RawHttp.readRequest(client.getInputStream());
            if (request.isPresent()) {
                FaultPlan.Decision decision = plan.next();
                synchronized (this) {
                    injected.merge(decision.fault(), 1, Integer::sum);
                }
                apply(decision, request.get(), client);
            }
        } catch (IOException e) {
            // The kiosk or the server went away mid-exchange; the kiosk sees a network error, which is the point.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void apply(FaultPlan.Decision decision, Message request, Socket client)
            throws IOException, InterruptedException {
        switch (decision.fault()) {
            case NONE -> answer(client, forward(request));
            case DELAY -> {
                Thread.sleep(decision.delay());
                answer(client, forward(request));
            }
            case DROP -> { } // closed by the caller without a byte
            case DUPLICATE -> {
                Message first = forward(request);
                forward(request);
                answer(client, first);
            }
            case DELIVER_LATE -> heldForLateDelivery.add(request);
            case RESET_BEFORE_FORWARDING -> reset(client);
            case RESET_AFTER_SERVER_ANSWERED -> {
                forward(request);
                reset(client);
            }
            case TRUNCATED_ANSWER -> {
                byte[] answer = forward(request).bytes();
                client.getOutputStream().write(answer, 0, answer.length / 2);
                client.getOutputStream().flush();
                reset(client);
            }
            case GATEWAY_ERROR -> answer(client, RawHttp.answer(502, "Bad Gateway", "text/html",
                    "<html><body><h1>502 Bad Gateway</h1></body></html>"));
            case ANSWER_REPLACED_BY_5XX -> {
                forward(request);
                answer(client, RawHttp.answer(500, "Internal Server Error", "application/json",
                        "{\"code\":\"internal-error\",\"message\":\"upstream failed\",\"retryable\":true}"));
            }
        }
    }

    /** Sends {@code request} to the server and returns its answer; then releases held requests to follow it. */
    private Message forward(Message request) throws IOException {
        Message answer = exchange(request);
        for (Message late = heldForLateDelivery.poll(); late != null; late = heldForLateDelivery.poll()) {
            Message held = late;
            try {
                connections.execute(() -> deliverLate(held));
            } catch (RejectedExecutionException e) {
                return answer; // closing: what is still held is dropped
            }
        }
        return answer;
    }

    private void deliverLate(Message request) {
        try {
            exchange(request);
            synchronized (this) {
                lateDeliveries++;
            }
        } catch (IOException e) {
            // lost on the way as well
        }
    }

    private Message exchange(Message request) throws IOException {
        try (Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort)) {
            server.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
            OutputStream out = server.getOutputStream();
            out.write(request.bytes());
            out.flush();
            return RawHttp.readAnswer(server.getInputStream());
        }
    }

    private static void answer(Socket client, Message answer) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(answer.bytes());
        out.flush();
    }

    /** Closes with RST instead of FIN: the peer sees "connection reset". */
    private static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to tell anyone
        }
    }
}
