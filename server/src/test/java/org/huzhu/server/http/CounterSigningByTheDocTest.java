package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counter request signed from docs/protocol.md §4 and §11 alone: both signed texts are written out by hand, as a
 * client in another language would, and the headers are the ones the tables name. Only the signature primitives
 * (Ed25519 of the kiosk's suite, ECDSA P-256 of the card) come from elsewhere. If the document and the server drift
 * apart, this fails.
 */
class CounterSigningByTheDocTest {

    /** SHA-256 of zero bytes: the body hash of every GET (§4). */
    private static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path folder;

    @Test
    void aRequestSignedAsTheDocumentSaysIsAnswered() throws Exception {
        try (RunningServer running = new RunningServer(new StoreTarget.Sqlite(folder.resolve("server.db")), folder)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
            running.enrol(kiosk);
            String path = "/v1/counter/residents?q=wxy&limit=10";
            String timestamp = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
            String nonce = "0123456789abcdef0123456789abcdef";
            // §4: members in canonical (sorted) order, no white space.
            String kioskSigned = "{\"bodyHash\":\"" + EMPTY_BODY_SHA256 + "\",\"kioskId\":\"" + kiosk.kioskId()
                    + "\",\"method\":\"GET\",\"nonce\":\"" + nonce + "\",\"path\":\"" + path + "\",\"timestamp\":\""
                    + timestamp + "\"}";
            // §11: the same object with purpose added (it sorts between path and timestamp).
            String staffSigned = "{\"bodyHash\":\"" + EMPTY_BODY_SHA256 + "\",\"kioskId\":\"" + kiosk.kioskId()
                    + "\",\"method\":\"GET\",\"nonce\":\"" + nonce + "\",\"path\":\"" + path
                    + "\",\"purpose\":\"huzhu-staff-query-1\",\"timestamp\":\"" + timestamp + "\"}";
            byte[] kioskSignature = kiosk.suite().sign(kiosk.keys().getPrivate(),
                    kioskSigned.getBytes(StandardCharsets.UTF_8));
            byte[] staffSignature = RunningServer.SOCIAL_WORKER.sign(staffSigned.getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + running.server.port() + path)).GET()
                    .header("Huzhu-Kiosk", kiosk.kioskId())
                    .header("Huzhu-Timestamp", timestamp)
                    .header("Huzhu-Nonce", nonce)
                    .header("Huzhu-Signature", HexFormat.of().formatHex(kioskSignature))
                    .header("Huzhu-Staff-Key", RunningServer.SOCIAL_WORKER.fingerprint())
                    .header("Huzhu-Staff-Signature", HexFormat.of().formatHex(staffSignature))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode page = SyncJson.MAPPER.readTree(answer.body());
            assertThat(page.properties()).extracting(member -> member.getKey())
                    .containsExactly("items", "offset", "total");
            assertThat(page.get("items").isArray()).isTrue();
            assertThat(page.get("offset").asLong()).isZero();
        }
    }
}
