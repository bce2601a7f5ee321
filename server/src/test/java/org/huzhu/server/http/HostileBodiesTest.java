package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.app.Stats;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies a hostile client wrote from docs/protocol.md: each is refused with its documented code, never the
 * retryable 500 that would make a client following §9 send it again forever.
 */
class HostileBodiesTest {

    /** The raw UTF-8 encoding of U+D800, which no valid UTF-8 text contains. */
    private static final byte[] RAW_SURROGATE = {(byte) 0xed, (byte) 0xa0, (byte) 0x80};

    @TempDir
    Path folder;

    private RunningServer running;
    private TestKiosk kiosk;

    @BeforeEach
    void start() throws Exception {
        running = new RunningServer(new StoreTarget.Sqlite(folder.resolve("server.db")), folder);
        kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        running.enrol(kiosk);
    }

    @AfterEach
    void stop() throws Exception {
        running.close();
    }

    @Test
    void anEnrolmentWithGarbageDerAsItsPublicKeyIsABadPublicKey() throws Exception {
        for (SignatureSuite suite : SignatureSuites.ALL) {
            byte[] valid = suite.generateKeyPair().getPublic().getEncoded();
            for (byte[] garbage : List.of(new byte[] {0x30, 0x00}, new byte[] {0x30}, Arrays.copyOf(valid, 12),
                    Arrays.copyOf(valid, valid.length - 1), new byte[] {0x05, 0x00, 0x00})) {
                // No signature: the key is checked before the headers (§3), so none is needed to reach the check.
                byte[] body = enrolment("AAAA-BBBB-CCCC", suite.id(), Base64.getEncoder().encodeToString(garbage));

                assertThat(Refusals.of(running.client.send(running.client.builder("POST", "/v1/enrolment", body,
                        null)))).as("%s %s", suite.id(), Arrays.toString(garbage)).isEqualTo("400 bad-public-key");
            }
        }
        assertThat(Refusals.of(running.client.send(running.client.builder("POST", "/v1/enrolment",
                enrolment("x", "ed25519-sha256", "MAA="), null)))).isEqualTo("400 bad-public-key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"escaped value", "raw value", "escaped name"})
    void anEnvelopeWithALoneSurrogateStopsTheBatchAsMalformed(String where) throws Exception {
        String envelope = new String(kiosk.next(new ServiceConfirmed(UUID.randomUUID(), UUID.randomUUID(), 30,
                "staff-7", "credited at the counter"), TestKiosk.STAFF), StandardCharsets.UTF_8);
        byte[] broken = switch (where) {
            case "escaped value" -> utf8(envelope.replace("\"staff-7\"", "\"staff-\\ud800\""));
            case "raw value" -> splice(envelope, "\"staff-7\"", "\"staff-", "\"");
            default -> utf8(envelope.replace("\"staffId\"", "\"staff\\udfffId\""));
        };
        assertThat(broken).isNotEqualTo(utf8(envelope));

        HttpResponse<String> response = running.client.signed(kiosk, "POST", "/v1/batches",
                ApiClient.batch(List.of(broken)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        BatchResponse batch = SyncJson.MAPPER.readValue(response.body(), BatchResponse.class);
        assertThat(batch.verdicts()).isEmpty();
        assertThat(batch.stopped().index()).isZero();
        assertThat(batch.stopped().code()).isEqualTo("malformed-envelope");
        assertThat(batch.stopped().expectedSequence()).isEqualTo(1);
        assertThat(stored()).isZero();
    }

    @Test
    void aLoneSurrogateOrInvalidUtf8AnywhereInARequestBodyIsMalformedJson() throws Exception {
        String key = Base64.getEncoder().encodeToString(kiosk.keys().getPublic().getEncoded());
        List<byte[]> enrolments = List.of(
                enrolment("\\ud800", "ed25519-sha256", key),
                enrolment("AAAA-BBBB-CCCC", "ed25519-sha256\\udc00", key),
                splice(new String(enrolment("AAAA-BBBB-CCCC", "ed25519-sha256", key), StandardCharsets.UTF_8),
                        "AAAA-BBBB-CCCC", "AAAA", "-BBBB-CCCC"),
                utf8("{\"code\":\"\\ud83d\\ud83d\",\"suite\":\"ed25519-sha256\",\"publicKey\":\"" + key + "\"}"),
                new byte[] {'{', '"', 'c', (byte) 0xff, '"', ':', '1', '}'},
                "{\"code\":\"x\",\"suite\":\"ed25519-sha256\",\"publicKey\":\"AAAA\"}"
                        .getBytes(StandardCharsets.UTF_16BE));
        for (byte[] body : enrolments) {
            assertThat(Refusals.of(running.client.signed(kiosk, "POST", "/v1/enrolment", body)))
                    .as(new String(body, StandardCharsets.UTF_8)).isEqualTo("400 malformed-json");
        }
        for (String batch : List.of("{\"envelopes\":[\"\\ud800\"]}", "{\"\\ud800\":[]}",
                "{\"envelopes\":[\"YWJj\",\"\\udbff\"]}")) {
            assertThat(Refusals.of(running.client.signed(kiosk, "POST", "/v1/batches", utf8(batch)))).as(batch)
                    .isEqualTo("400 malformed-json");
        }
        assertThat(stored()).isZero();
    }

    @Test
    void aContentTypeIsJsonWithAtMostAUtf8Charset() throws Exception {
        for (String type : List.of("application/json", "Application/JSON", "application/json; charset=utf-8",
                "application/json;charset=UTF-8", "application/json ; CHARSET=\"utf-8\"",
                "application/json;\tcharset=Utf-8")) {
            HttpResponse<String> accepted = batchWithContentType(type);
            assertThat(accepted.statusCode()).as("%s: %s", type, accepted.body()).isEqualTo(200);
        }
        for (String type : List.of("application/jsonx", "application/json; foo=bar", "application/json;charset=latin1",
                "application/json; charset=utf-8; charset=utf-8", "application/json; charset=utf-8; q=1",
                "application/json;", "application/json; charset=", "application/json; charset = utf-8",
                "application/json; charset=\"utf-8", "application/json; charset=utf8", "text/json", "application/*",
                "*/*", "text/plain", "application/json-patch+json", "multipart/form-data; boundary=x")) {
            assertThat(Refusals.of(batchWithContentType(type))).as(type).isEqualTo("415 unsupported-media-type");
        }
        assertThat(Refusals.of(running.client.send(running.client.builder("POST", "/v1/enrolment",
                ApiClient.enrolment(kiosk, "AAAA-BBBB-CCCC"), null).setHeader("Content-Type",
                "application/json; charset=iso-8859-1")))).isEqualTo("415 unsupported-media-type");
    }

    @Test
    void envelopesOfAnotherTypeThanTextAreMalformedJsonAndNullIsAnInvalidRequest() throws Exception {
        for (String body : List.of("{\"envelopes\":[1]}", "{\"envelopes\":[1.5]}", "{\"envelopes\":[true]}",
                "{\"envelopes\":[{}]}", "{\"envelopes\":[[]]}", "{\"envelopes\":[\"YWJj\",2]}",
                "{\"envelopes\":\"YWJj\"}", "{\"envelopes\":{}}", "{\"envelopes\":7}", "[]", "\"x\"", "null", "",
                "{}")) {
            assertThat(Refusals.of(running.client.signed(kiosk, "POST", "/v1/batches", utf8(body)))).as(body)
                    .isEqualTo("400 malformed-json");
        }
        for (String body : List.of("{\"envelopes\":[null]}", "{\"envelopes\":[\"YWJj\",null]}",
                "{\"envelopes\":null}")) {
            assertThat(Refusals.of(running.client.signed(kiosk, "POST", "/v1/batches", utf8(body)))).as(body)
                    .isEqualTo("400 invalid-request");
        }
        for (String body : List.of("{\"code\":1,\"suite\":\"ed25519-sha256\",\"publicKey\":\"AAAA\"}",
                "{\"code\":\"x\",\"suite\":true,\"publicKey\":\"AAAA\"}",
                "{\"code\":\"x\",\"suite\":\"ed25519-sha256\",\"publicKey\":[\"AAAA\"]}",
                "{\"code\":\"x\",\"suite\":\"ed25519-sha256\"}")) {
            assertThat(Refusals.of(running.client.signed(kiosk, "POST", "/v1/enrolment", utf8(body)))).as(body)
                    .isEqualTo("400 malformed-json");
        }
        assertThat(Refusals.of(running.client.signed(kiosk, "POST", "/v1/enrolment",
                utf8("{\"code\":null,\"suite\":\"ed25519-sha256\",\"publicKey\":\"AAAA\"}"))))
                .isEqualTo("400 invalid-request");
        assertThat(stored()).isZero();
    }

    private HttpResponse<String> batchWithContentType(String type) throws Exception {
        byte[] body = ApiClient.batch(List.of(kiosk.next(new ServiceConfirmed(UUID.randomUUID(), UUID.randomUUID(),
                30, "staff-7", "credited at the counter"), TestKiosk.STAFF)));
        return running.client.send(running.client.builder("POST", "/v1/batches", body,
                ApiClient.signature(kiosk, "POST", "/v1/batches", body, Instant.now())).setHeader("Content-Type",
                type));
    }

    private long stored() throws Exception {
        Stats stats = Stats.read(running.server.database(), LedgerLimits.DEFAULT);
        return stats.accepted() + stats.rejected();
    }

    private static byte[] enrolment(String code, String suite, String publicKey) {
        return utf8("{\"code\":\"" + code + "\",\"suite\":\"" + suite + "\",\"publicKey\":\"" + publicKey + "\"}");
    }

    /** {@code text} with {@code part} replaced by {@code before}, the raw bytes of U+D800, {@code after}. */
    private static byte[] splice(String text, String part, String before, String after) {
        int at = text.indexOf(part);
        assertThat(at).as(part).isNotNegative();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(text.substring(0, at) + before));
        out.writeBytes(RAW_SURROGATE);
        out.writeBytes(utf8(after + text.substring(at + part.length())));
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
