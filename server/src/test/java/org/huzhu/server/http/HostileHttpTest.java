package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.VolunteerCheckedIn;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.ErrorBody;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.app.Stats;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.store.StoreTarget;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an attacker or a broken client gets from the real server: typed JSON errors, never a stack trace. */
class HostileHttpTest {

    @TempDir
    Path folder;

    private RunningServer running;
    private ApiClient client;
    private TestKiosk kiosk;

    @BeforeEach
    void start() throws Exception {
        running = new RunningServer(new StoreTarget.Sqlite(folder.resolve("server.db")), folder);
        client = running.client;
        kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        HttpResponse<String> enrolled = client.signed(kiosk, "POST", "/v1/enrolment",
                ApiClient.enrolment(kiosk, running.enrolmentCode()));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
    }

    @AfterEach
    void stop() throws Exception {
        running.close();
    }

    private byte[] oneEnvelope() {
        return ApiClient.batch(List.of(kiosk.next(new VolunteerCheckedIn(UUID.randomUUID(), UUID.randomUUID()),
                TestKiosk.RESIDENT)));
    }

    /** The status and the error code; the body must be a clean ErrorBody. */
    private static String refusal(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
        ErrorBody body = SyncJson.MAPPER.readValue(response.body(), ErrorBody.class);
        assertThat(body.message()).isNotBlank();
        return response.statusCode() + " " + body.code();
    }

    private long stored() throws Exception {
        Stats stats = Stats.read(running.server.database(), LedgerLimits.DEFAULT);
        return stats.accepted() + stats.rejected();
    }

    @Test
    void unknownKioskIsRefused() throws Exception {
        TestKiosk stranger = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(ChronoUnit.MILLIS));

        assertThat(refusal(client.signed(stranger, "POST", "/v1/batches", ApiClient.batch(List.of(
                stranger.next(new VolunteerCheckedIn(UUID.randomUUID(), UUID.randomUUID()), TestKiosk.RESIDENT))))))
                .isEqualTo("401 unknown-kiosk");
        assertThat(stored()).isZero();
    }

    @Test
    void aSignatureOverAnotherBodyOrByAnotherKeyIsRefused() throws Exception {
        byte[] body = oneEnvelope();
        RequestSignature forOtherBody = ApiClient.signature(kiosk, "POST", "/v1/batches", new byte[] {1},
                Instant.now());
        TestKiosk impostor = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        RequestSignature byImpostor = ApiClient.signature(impostor, "POST", "/v1/batches", body, Instant.now());
        RequestSignature claimed = new RequestSignature(kiosk.kioskId(), byImpostor.timestamp(), byImpostor.nonce(),
                byImpostor.signature());

        assertThat(refusal(client.send(client.builder("POST", "/v1/batches", body, forOtherBody))))
                .isEqualTo("401 bad-request-signature");
        assertThat(refusal(client.send(client.builder("POST", "/v1/batches", body, claimed))))
                .isEqualTo("401 bad-request-signature");
        assertThat(refusal(client.send(client.builder("POST", "/v1/batches", body, null))))
                .isEqualTo("401 missing-signature");
        assertThat(stored()).isZero();
    }

    @Test
    void aReplayedOrStaleRequestIsRefused() throws Exception {
        byte[] body = oneEnvelope();
        RequestSignature signature = ApiClient.signature(kiosk, "POST", "/v1/batches", body, Instant.now());
        RequestSignature stale = ApiClient.signature(kiosk, "POST", "/v1/batches", body,
                Instant.now().minusSeconds(RequestSignature.FRESHNESS_SECONDS + 60));

        HttpResponse<String> first = client.send(client.builder("POST", "/v1/batches", body, signature));
        HttpResponse<String> replay = client.send(client.builder("POST", "/v1/batches", body, signature));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(refusal(replay)).isEqualTo("401 replayed-request");
        assertThat(refusal(client.send(client.builder("POST", "/v1/batches", body, stale))))
                .isEqualTo("401 stale-request");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void malformedBodiesAreRefusedWithTheirReason() throws Exception {
        assertThat(refusal(client.signed(kiosk, "POST", "/v1/batches", bytes("{\"envelopes\":[\"@@@@\"]}"))))
                .isEqualTo("400 malformed-base64");
        assertThat(refusal(client.signed(kiosk, "POST", "/v1/batches", bytes("{\"envelopes\":[],\"envelopes\":[]}"))))
                .isEqualTo("400 malformed-json");
        assertThat(refusal(client.signed(kiosk, "POST", "/v1/batches", bytes("{\"envelopes\":[],\"more\":1}"))))
                .isEqualTo("400 malformed-json");
        assertThat(refusal(client.signed(kiosk, "POST", "/v1/batches", bytes("{\"envelopes\":[]} trailing"))))
                .isEqualTo("400 malformed-json");
        assertThat(refusal(client.signed(kiosk, "POST", "/v1/batches", bytes("{\"envelopes\":[]}"))))
                .isEqualTo("400 invalid-request");
        assertThat(refusal(client.signed(kiosk, "GET", "/v1/snapshot?since=-1", new byte[0])))
                .isEqualTo("400 invalid-request");
        assertThat(stored()).isZero();
    }

    @Test
    void aGarbageEnvelopeStopsTheBatchInsideA200() throws Exception {
        HttpResponse<String> response = client.signed(kiosk, "POST", "/v1/batches", bytes("{\"envelopes\":[\"YWJj\"]}"));

        assertThat(response.statusCode()).isEqualTo(200);
        BatchResponse batch = SyncJson.MAPPER.readValue(response.body(), BatchResponse.class);
        assertThat(batch.stopped().code()).isEqualTo("malformed-envelope");
        assertThat(batch.stopped().expectedSequence()).isEqualTo(1);
        assertThat(stored()).isZero();
    }

    @Test
    void aNullActorOrPayloadStopsTheBatchAsMalformedInsideA200() throws Exception {
        String envelope = new String(kiosk.next(new VolunteerCheckedIn(UUID.randomUUID(), UUID.randomUUID()),
                TestKiosk.RESIDENT), StandardCharsets.UTF_8);
        List<String> broken = List.of(envelope.replaceFirst("\"actor\":\\{[^}]*}", "\"actor\":null"),
                envelope.replaceFirst("\"payload\":\\{[^}]*}", "\"payload\":null"));
        assertThat(broken).doesNotContain(envelope);

        for (String json : broken) {
            HttpResponse<String> response = client.signed(kiosk, "POST", "/v1/batches",
                    ApiClient.batch(List.of(bytes(json))));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            BatchResponse batch = SyncJson.MAPPER.readValue(response.body(), BatchResponse.class);
            assertThat(batch.verdicts()).isEmpty();
            assertThat(batch.stopped().index()).isZero();
            assertThat(batch.stopped().code()).isEqualTo("malformed-envelope");
            assertThat(batch.stopped().expectedSequence()).isEqualTo(1);
        }
        assertThat(stored()).isZero();
    }

    @Test
    void anSm2EnrolmentWithAKeyOnAnotherCurveIsABadPublicKey() throws Exception {
        // A NIST P-256 key decodes as an EC key and even signs under SM3withSM2; only its curve gives it away.
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", SignatureSuites.provider());
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair p256 = generator.generateKeyPair();
        TestKiosk impostor = new TestKiosk(SignatureSuites.SM2_SM3, p256, Instant.now().truncatedTo(ChronoUnit.MILLIS));

        assertThat(refusal(client.signed(impostor, "POST", "/v1/enrolment",
                ApiClient.enrolment(impostor, running.enrolmentCode())))).isEqualTo("400 bad-public-key");
        assertThat(Stats.read(running.server.database(), LedgerLimits.DEFAULT).kiosks())
                .extracting(KioskRecord::kioskId)
                .containsExactly(kiosk.kioskId());
    }

    @Test
    void oversizedBodiesWrongContentTypesAndUnknownPathsGetJsonErrors() throws Exception {
        byte[] huge = new byte[2 << 20];
        java.util.Arrays.fill(huge, (byte) ' ');
        // Expect: 100-continue, as a well-behaved large upload does: the server refuses on the declared length and never
        // asks for the body. Without it the client may still be writing when the server closes, and never see the 413.
        HttpResponse<String> tooLarge = client.send(client.builder("POST", "/v1/batches", huge,
                ApiClient.signature(kiosk, "POST", "/v1/batches", huge, Instant.now())).expectContinue(true));
        HttpResponse<String> text = client.send(client.builder("POST", "/v1/batches", oneEnvelope(), null)
                .header("Content-Type", "text/plain"));

        assertThat(refusal(tooLarge)).isEqualTo("413 body-too-large");
        assertThat(refusal(client.get("/v1/nothing-here"))).isEqualTo("404 not-found");
        assertThat(refusal(client.get("/v1/batches"))).isEqualTo("405 method-not-allowed");
        assertThat(text.statusCode()).isIn(401, 415);
        byte[] body = oneEnvelope();
        HttpResponse<String> signedText = client.send(client.builder("POST", "/v1/batches", body,
                ApiClient.signature(kiosk, "POST", "/v1/batches", body, Instant.now()))
                .setHeader("Content-Type", "text/plain"));
        assertThat(refusal(signedText)).isEqualTo("415 unsupported-media-type");
    }

    @Test
    void aRevokedKioskIsRefusedEverywhere() throws Exception {
        new Enrolment(running.server.database(), Clock.systemUTC()).revoke(kiosk.kioskId());

        assertThat(refusal(client.signed(kiosk, "POST", "/v1/batches", oneEnvelope()))).isEqualTo("403 kiosk-revoked");
        assertThat(refusal(client.signed(kiosk, "GET", "/v1/snapshot", new byte[0]))).isEqualTo("403 kiosk-revoked");
        assertThat(refusal(client.signed(kiosk, "POST", "/v1/enrolment",
                ApiClient.enrolment(kiosk, running.enrolmentCode())))).isEqualTo("403 kiosk-revoked");
    }

    @Test
    void enrolmentNeedsAValidUnusedCodeAndProofOfTheKey() throws Exception {
        TestKiosk second = new TestKiosk(SignatureSuites.SM2_SM3, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        String code = running.enrolmentCode();
        byte[] body = ApiClient.enrolment(second, code);

        assertThat(refusal(client.signed(second, "POST", "/v1/enrolment", ApiClient.enrolment(second, "AAAA-BBBB-CCCC"))))
                .isEqualTo("400 invalid-enrolment-code");
        assertThat(refusal(client.send(client.builder("POST", "/v1/enrolment", body, null))))
                .isEqualTo("401 missing-signature");
        assertThat(refusal(client.signed(kiosk, "POST", "/v1/enrolment", body)))
                .as("signed by another key than the one enrolled").isEqualTo("401 bad-request-signature");
        assertThat(client.signed(second, "POST", "/v1/enrolment", body).statusCode()).isEqualTo(200);
        TestKiosk third = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        assertThat(refusal(client.signed(third, "POST", "/v1/enrolment", ApiClient.enrolment(third, code))))
                .as("a used code").isEqualTo("400 invalid-enrolment-code");
        assertThat(refusal(client.signed(third, "POST", "/v1/enrolment",
                bytes("{\"code\":\"x\",\"suite\":\"rsa\",\"publicKey\":\"AAAA\"}")))).isEqualTo("400 unknown-suite");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
