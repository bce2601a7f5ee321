package org.huzhu.server.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.protocol.sync.StaffQuerySignature;

/** A real HTTP client for the server on loopback, signing requests the way a kiosk must (docs/protocol.md). */
public final class ApiClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String target) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + target)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request signed by {@code kiosk} now, with a fresh nonce. */
    public HttpResponse<String> signed(TestKiosk kiosk, String method, String target, byte[] body)
            throws IOException, InterruptedException {
        return send(builder(method, target, body, signature(kiosk, method, target, body, Instant.now())));
    }

    /**
     * A counter request (docs/protocol.md §11): a GET signed by {@code kiosk} now and by {@code staff}'s card over the
     * staff query content of that same signature.
     */
    public HttpResponse<String> counter(TestKiosk kiosk, TestStaff staff, String target)
            throws IOException, InterruptedException {
        return counter(kiosk, staff, "GET", target, new byte[0]);
    }

    /** As above, for any method and body (the counter's one POST, §12.5). */
    public HttpResponse<String> counter(TestKiosk kiosk, TestStaff staff, String method, String target, byte[] body)
            throws IOException, InterruptedException {
        RequestSignature signature = signature(kiosk, method, target, body, Instant.now());
        byte[] content = StaffQuerySignature.content(kiosk.suite(), signature, method, target, body);
        return send(builder(method, target, body, signature)
                .header(StaffQuerySignature.HEADER_STAFF_KEY, staff.fingerprint())
                .header(StaffQuerySignature.HEADER_STAFF_SIGNATURE, HexFormat.of().formatHex(staff.sign(content))));
    }

    public static RequestSignature signature(TestKiosk kiosk, String method, String target, byte[] body,
            Instant at) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        try {
            return RequestSignature.sign(kiosk.suite(), kiosk.keys().getPrivate(), kiosk.kioskId(), method, target,
                    body, at.truncatedTo(ChronoUnit.MILLIS), nonce);
        } catch (KeyMismatchException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder builder(String method, String target, byte[] body, RequestSignature signature) {
        return builder(method, target, body, signature, RequestSignature.HEADER_KIOSK);
    }

    /** As above, with the signer's id in {@code idHeader} ({@link RequestSignature#HEADER_INSTITUTION}). */
    public HttpRequest.Builder builder(String method, String target, byte[] body, RequestSignature signature,
            String idHeader) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + target))
                .timeout(Duration.ofSeconds(20))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        if (signature != null) {
            builder.header(idHeader, signature.kioskId())
                    .header(RequestSignature.HEADER_TIMESTAMP, signature.timestamp().toString())
                    .header(RequestSignature.HEADER_NONCE, signature.nonce())
                    .header(RequestSignature.HEADER_SIGNATURE, signature.signature());
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A batch body: the envelopes' exact bytes in standard base64. */
    public static byte[] batch(List<byte[]> envelopes) {
        StringBuilder json = new StringBuilder("{\"envelopes\":[");
        for (int i = 0; i < envelopes.size(); i++) {
            json.append(i > 0 ? "," : "").append('"').append(Base64.getEncoder().encodeToString(envelopes.get(i)))
                    .append('"');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An enrolment body for {@code kiosk}. */
    public static byte[] enrolment(TestKiosk kiosk, String code) {
        return ("{\"code\":\"" + code + "\",\"suite\":\"" + kiosk.suite().id() + "\",\"publicKey\":\""
                + Base64.getEncoder().encodeToString(kiosk.keys().getPublic().getEncoded()) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
