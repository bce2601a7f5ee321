package org.huzhu.kiosk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.huzhu.kiosk.identity.KioskIdentity;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.sync.BatchRequest;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.EnrolmentRequest;
import org.huzhu.protocol.sync.EnrolmentResponse;
import org.huzhu.protocol.sync.ErrorBody;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.protocol.sync.SyncJson;

/**
 * The kiosk's calls to the sync server (docs/protocol.md): every request signed with the kiosk key, with a fresh
 * timestamp and nonce per attempt. Blocking: call from a worker thread. Thread-safe.
 */
public final class SyncClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI server;
    private final KioskIdentity identity;
    private final HttpClient http;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SyncClient(URI server, KioskIdentity identity, Clock clock) {
        this.server = server;
        this.identity = identity;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** Registers this kiosk's key with the server using a one-time code from the server's operator. */
    public EnrolmentResponse enrol(String code) throws SyncException {
        String publicKey = Base64.getEncoder().encodeToString(identity.publicKey().getEncoded());
        return post("/v1/enrolment", new EnrolmentRequest(code, identity.suite().id(), publicKey), EnrolmentResponse.class);
    }

    /** Sends envelopes (exact stored bytes) in order; the answer has a verdict for each the server looked at. */
    public BatchResponse sendBatch(List<byte[]> envelopes) throws SyncException {
        List<String> encoded = envelopes.stream().map(Base64.getEncoder()::encodeToString).toList();
        return post("/v1/batches", new BatchRequest(encoded), BatchResponse.class);
    }

    private <T> T post(String path, Object body, Class<T> answer) throws SyncException {
        byte[] bytes;
        try {
            bytes = SyncJson.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request cannot be written as JSON", e);
        }
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        RequestSignature signature;
        try {
            signature = RequestSignature.sign(identity.suite(), identity.privateKey(), identity.kioskId(), "POST", path,
                    bytes, clock.instant().truncatedTo(ChronoUnit.MILLIS), nonce);
        } catch (KeyMismatchException e) {
            throw new SyncException("the kiosk key cannot sign requests: " + e.getMessage(), false, e);
        }
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(server.resolve(path));
        } catch (IllegalArgumentException e) {
            throw new SyncException("the server address " + server + " is not usable (" + e.getMessage() + ")", false, e);
        }
        HttpRequest request = builder
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(RequestSignature.HEADER_KIOSK, signature.kioskId())
                .header(RequestSignature.HEADER_TIMESTAMP, signature.timestamp().toString())
                .header(RequestSignature.HEADER_NONCE, signature.nonce())
                .header(RequestSignature.HEADER_SIGNATURE, signature.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SyncException("the server " + server + " cannot be reached (" + e.getMessage() + ")", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("interrupted while talking to the server", true, e);
        }
        try {
            if (response.statusCode() / 100 == 2) {
                return SyncJson.MAPPER.readValue(response.body(), answer);
            }
            ErrorBody error = SyncJson.MAPPER.readValue(response.body(), ErrorBody.class);
            throw new SyncException("the server refused (" + response.statusCode() + " " + error.code() + "): "
                    + error.message(), error.retryable(), null);
        } catch (IOException e) {
            throw new SyncException("the server's answer (" + response.statusCode() + ") is not what the protocol says ("
                    + e.getMessage() + ")", response.statusCode() >= 500, e);
        }
    }
}
