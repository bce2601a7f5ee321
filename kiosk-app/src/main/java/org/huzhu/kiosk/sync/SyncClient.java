package org.huzhu.kiosk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.face.FaceKey;
import org.huzhu.protocol.face.FaceKeyRegistered;
import org.huzhu.protocol.face.FaceTemplateRows;
import org.huzhu.protocol.sync.BatchRequest;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.EnrolmentRequest;
import org.huzhu.protocol.sync.EnrolmentResponse;
import org.huzhu.protocol.sync.ErrorBody;
import org.huzhu.protocol.sync.Heartbeat;
import org.huzhu.protocol.sync.HeartbeatAnswer;
import org.huzhu.protocol.sync.KioskStatus;
import org.huzhu.protocol.log.LogConsistency;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.SyncJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's calls to the sync server (docs/protocol.md): every request signed with the kiosk key, with a fresh
 * timestamp and nonce per attempt. Works over {@code http://} and {@code https://}; with a {@link CertificatePin} it
 * trusts exactly that server certificate, otherwise the JDK's default trust. Blocking: call from a worker thread.
 * Thread-safe. Close it to release its connections.
 *
 * <p>A server of several nodes has several addresses ({@link ServerAddresses}): a request a node cannot take (it cannot
 * be reached, or answers that it is busy) goes at once to the next, and the client stays with the node that answered.
 * Any request may be sent twice this way; the server answers a batch it already holds as duplicates.
 */
public final class SyncClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncClient.class);

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final byte[] NO_BODY = new byte[0];
    /** Request signing refuses a kiosk clock this far off; the server says {@code stale-request}. */
    private static final String STALE_REQUEST = "stale-request";

    private final ServerAddresses servers;
    /** Index in {@link #servers} of the node that answered last: tried first next time. */
    private final AtomicInteger current = new AtomicInteger();
    private final Supplier<KioskIdentity> identity;
    private final HttpClient http;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A client with the JDK's default trust for {@code https://}. */
    public SyncClient(URI server, KioskIdentity identity, Clock clock) {
        this(server, identity, clock, Optional.empty());
    }

    public SyncClient(URI server, KioskIdentity identity, Clock clock, Optional<CertificatePin> pin) {
        this(ServerAddresses.of(server), () -> identity, clock, pin);
    }

    /**
     * A client signing with the key {@code identity} supplies when a request is made: the kiosk's services are made
     * at start-up while its key store still loads ({@link org.huzhu.kiosk.journal.Journal#identity()}).
     */
    public SyncClient(ServerAddresses servers, Supplier<KioskIdentity> identity, Clock clock,
            Optional<CertificatePin> pin) {
        this.servers = servers;
        this.identity = identity;
        this.clock = clock;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(TIMEOUT);
        pin.ifPresent(p -> builder.sslContext(p.sslContext()));
        this.http = builder.build();
    }

    /** The address of the node this client talks to now. */
    public URI server() {
        return servers.all().get(current.get());
    }

    public ServerAddresses servers() {
        return servers;
    }

    /** Registers this kiosk's key with the server using a one-time code from the server's operator. */
    public EnrolmentResponse enrol(String code) throws SyncException {
        KioskIdentity kiosk = identity.get();
        String publicKey = Base64.getEncoder().encodeToString(kiosk.publicKey().getEncoded());
        return send("POST", "/v1/enrolment", json(new EnrolmentRequest(code, kiosk.suite().id(), publicKey)),
                EnrolmentResponse.class);
    }

    /** Sends envelopes (exact stored bytes) in order; the answer has a verdict for each the server looked at. */
    public BatchResponse sendBatch(List<byte[]> envelopes) throws SyncException {
        List<String> encoded = envelopes.stream().map(Base64.getEncoder()::encodeToString).toList();
        return send("POST", "/v1/batches", json(new BatchRequest(encoded)), BatchResponse.class);
    }

    /** The server's view of this kiosk: its status and the last transaction it holds from it. */
    public KioskStatus kioskStatus() throws SyncException {
        return send("GET", "/v1/kiosk", NO_BODY, KioskStatus.class);
    }

    /** What changed on the server after snapshot version {@code since} (0: everything). */
    public Snapshot snapshot(long since) throws SyncException {
        return send("GET", "/v1/snapshot?since=" + since, NO_BODY, Snapshot.class);
    }

    /**
     * The newest signed head of the server's transparency log, with the proof that it holds the tree of {@code from}
     * leaves (docs/protocol.md §16).
     */
    public LogConsistency logConsistency(long from) throws SyncException {
        return send("GET", "/v1/log/consistency?from=" + from, NO_BODY, LogConsistency.class);
    }

    /** Sends this kiosk's heartbeat (docs/protocol.md §15); the answer carries the server's clock. */
    public HeartbeatAnswer heartbeat(Heartbeat heartbeat) throws SyncException {
        return send("POST", "/v1/heartbeat", json(heartbeat), HeartbeatAnswer.class);
    }

    /** Registers this kiosk's face-template sealing key (docs/protocol.md §14). */
    public FaceKeyRegistered registerFaceKey(FaceKey key) throws SyncException {
        return send("PUT", "/v1/face/kiosk-key", json(key), FaceKeyRegistered.class);
    }

    /** The community's face templates changed after version {@code since}, sealed to this kiosk. */
    public FaceTemplateRows faceTemplates(long since) throws SyncException {
        return send("GET", "/v1/face/templates?since=" + since, NO_BODY, FaceTemplateRows.class);
    }

    /**
     * A signed GET whose request is signed a second time by {@code coSigner} (a staff card, docs/protocol.md §11),
     * decoded as {@code answer}. Blocks on the network and on the co-signer.
     */
    public <T> T get(String pathAndQuery, JavaType answer, CoSigner coSigner) throws SyncException {
        return send("GET", pathAndQuery, NO_BODY, answer, coSigner);
    }

    /** As {@link #get(String, JavaType, CoSigner)}, for a POST of {@code body} (JSON of {@code body}'s record). */
    public <T> T post(String pathAndQuery, Object body, JavaType answer, CoSigner coSigner) throws SyncException {
        return send("POST", pathAndQuery, json(body), answer, coSigner);
    }

    /** Stops at once, abandoning a request in flight (its caller gets a retryable failure). */
    @Override
    public void close() {
        http.shutdownNow();
    }

    private static byte[] json(Object body) {
        try {
            return SyncJson.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request cannot be written as JSON", e);
        }
    }

    private <T> T send(String method, String pathAndQuery, byte[] body, Class<T> answer) throws SyncException {
        return send(method, pathAndQuery, body, SyncJson.MAPPER.constructType(answer), CoSigner.NONE);
    }

    private <T> T send(String method, String pathAndQuery, byte[] body, JavaType answer, CoSigner coSigner)
            throws SyncException {
        int first = current.get();
        SyncException failure = null;
        for (int tried = 0; tried < servers.size(); tried++) {
            int node = (first + tried) % servers.size();
            try {
                T answered = sendTo(servers.all().get(node), method, pathAndQuery, body, answer, coSigner);
                current.set(node);
                return answered;
            } catch (SyncException e) {
                if (e.problem() != SyncProblem.UNREACHABLE && e.problem() != SyncProblem.SERVER_BUSY) {
                    throw e; // the same from every node: a refusal, a clock, an untrusted certificate
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw e; // stopping: no other node either
                }
                if (servers.size() > 1) {
                    LOG.info("Server node {} did not take {} {} ({}); trying the next", servers.all().get(node),
                            method, pathAndQuery, e.getMessage());
                }
                failure = e;
            }
        }
        throw failure;
    }

    private <T> T sendTo(URI server, String method, String pathAndQuery, byte[] body, JavaType answer,
            CoSigner coSigner) throws SyncException {
        HttpResponse<byte[]> response = exchange(server, signed(server, method, pathAndQuery, body, coSigner));
        try {
            if (response.statusCode() / 100 == 2) {
                T decoded = SyncJson.MAPPER.readValue(response.body(), answer);
                Optional<String> missing = CompleteAnswer.missingMember(decoded);
                if (missing.isPresent()) {
                    throw new SyncException(SyncProblem.NEEDS_STAFF, "the server's answer has no value for "
                            + missing.get() + ", which the protocol requires", null);
                }
                return decoded;
            }
            ErrorBody error = SyncJson.MAPPER.readValue(response.body(), ErrorBody.class);
            SyncProblem problem = STALE_REQUEST.equals(error.code()) ? SyncProblem.CLOCK_WRONG
                    : error.retryable() ? SyncProblem.SERVER_BUSY : SyncProblem.NEEDS_STAFF;
            throw new SyncException(problem, error.code(), "the server refused (" + response.statusCode() + " "
                    + error.code() + "): " + error.message(), null);
        } catch (IOException e) {
            throw new SyncException(response.statusCode() >= 500 ? SyncProblem.SERVER_BUSY : SyncProblem.NEEDS_STAFF,
                    "the server's answer (" + response.statusCode() + ") is not what the protocol says ("
                    + e.getMessage() + ")", e);
        }
    }

    /** The request with a fresh signature: new timestamp and nonce on every attempt, as the protocol demands. */
    private HttpRequest signed(URI server, String method, String pathAndQuery, byte[] body, CoSigner coSigner)
            throws SyncException {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        KioskIdentity kiosk = identity.get();
        RequestSignature signature;
        try {
            signature = RequestSignature.sign(kiosk.suite(), kiosk.privateKey(), kiosk.kioskId(), method,
                    pathAndQuery, body, clock.instant().truncatedTo(ChronoUnit.MILLIS), nonce);
        } catch (KeyMismatchException e) {
            throw new SyncException(SyncProblem.NEEDS_STAFF, "the kiosk key cannot sign requests: " + e.getMessage(),
                    e);
        }
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(server.resolve(pathAndQuery));
        } catch (IllegalArgumentException e) {
            throw new SyncException(SyncProblem.NEEDS_STAFF, "the server address " + server + " is not usable ("
                    + e.getMessage() + ")", e);
        }
        builder.timeout(TIMEOUT)
                .header(RequestSignature.HEADER_KIOSK, signature.kioskId())
                .header(RequestSignature.HEADER_TIMESTAMP, signature.timestamp().toString())
                .header(RequestSignature.HEADER_NONCE, signature.nonce())
                .header(RequestSignature.HEADER_SIGNATURE, signature.signature());
        coSigner.headers(kiosk.suite(), signature, method, pathAndQuery, body).forEach(builder::header);
        if (method.equals("GET")) {
            return builder.GET().build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpResponse<byte[]> exchange(URI server, HttpRequest request) throws SyncException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (SSLException e) {
            throw new SyncException(SyncProblem.UNTRUSTED_SERVER, "the server " + server + " is not trusted: "
                    + rootMessage(e) + "; talking to it is refused", e);
        } catch (IOException e) {
            // A refused connection has no message of its own: its type says what happened.
            throw new SyncException(SyncProblem.UNREACHABLE, "the server " + server + " cannot be reached ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(SyncProblem.UNREACHABLE, "interrupted while talking to the server", e);
        }
    }

    /** The innermost reason, which for a refused certificate is the trust manager's own sentence. */
    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
