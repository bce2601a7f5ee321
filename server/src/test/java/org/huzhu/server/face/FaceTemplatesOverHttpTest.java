package org.huzhu.server.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import org.huzhu.protocol.crypto.DerivedKeys;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.face.FaceKey;
import org.huzhu.protocol.face.FaceTemplate;
import org.huzhu.protocol.face.FaceTemplateRows;
import org.huzhu.protocol.face.SealedTemplate;
import org.huzhu.protocol.payload.FaceEnrolled;
import org.huzhu.protocol.payload.FaceRemoved;
import org.huzhu.protocol.payload.ResidentClosed;
import org.huzhu.protocol.sync.ServerKey;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.testsupport.CounterDesk;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Face templates through the real server (ADR 0019, docs/protocol.md §14), on SQLite and PostgreSQL: a counter seals
 * an enrolled template to the server's published key; a kiosk that registered its own key gets it sealed to that key
 * alone; removal and a closed account leave a tombstone and no ciphertext; what cannot be a template is refused.
 */
class FaceTemplatesOverHttpTest {

    private static final String MODEL = "faceplugin-fr-feature-512";

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void anEnrolledFaceReachesAKioskSealedToItAndLeavesWhenRemoved(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            CounterDesk desk = new CounterDesk(running, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            UUID resident = UUID.randomUUID();
            desk.enrol(resident);
            FaceTemplate template = template(1);

            FaceKey serverKey = serverFaceKey(running);
            assertThat(serverKey.signedBy(SignatureSuites.ED25519_SHA256, receiptKey(running)))
                    .as("the counter checks the key against the receipt key it pinned").isTrue();
            desk.accept(desk.kiosk.next(enrolled(resident, serverKey.decode(), template), TestKiosk.STAFF));

            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
            running.enrol(kiosk);
            assertThat(templates(running, kiosk, 0).statusCode()).as("no key registered yet").isEqualTo(409);
            KeyPair kioskFaceKey = register(running, kiosk, true);
            register(running, kiosk, false);

            FaceTemplateRows rows = rows(running, kiosk, 0);
            assertThat(rows.templates()).singleElement().satisfies(row -> {
                assertThat(row.residentId()).isEqualTo(resident.toString());
                assertThat(row.template().open(kioskFaceKey.getPrivate(), kiosk.kioskId(), resident, MODEL)
                        .vector()).containsExactly(template.vector());
            });
            assertThat(rows.templates().getFirst().template().ciphertext()).as("not the counter's box")
                    .isNotEqualTo(enrolled(resident, serverKey.decode(), template).template().ciphertext());

            desk.accept(desk.kiosk.next(new FaceRemoved(resident, "resident asked"), TestKiosk.STAFF));

            FaceTemplateRows after = rows(running, kiosk, rows.version());
            assertThat(after.templates()).singleElement().satisfies(row -> {
                assertThat(row.residentId()).isEqualTo(resident.toString());
                assertThat(row.removed()).isTrue();
            });
            assertThat(storedBox(running, resident)).as("the ciphertext is deleted, not flagged").isNull();
            assertThat(desk.post(desk.kiosk, desk.kiosk.next(new FaceRemoved(resident, "again"), TestKiosk.STAFF)))
                    .extracting(Verdict::reason).containsExactly(FaceTemplateService.NO_FACE_TEMPLATE);
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void whatCannotBeAnEnrolledTemplateIsRefusedAndAClosedAccountKeepsNoFace(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            CounterDesk desk = new CounterDesk(running, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            UUID resident = UUID.randomUUID();
            desk.enrol(resident);
            PublicKey serverKey = serverFaceKey(running).decode();
            PublicKey notTheServers = SealingScheme.HPKE_X25519_SHA256_AES128GCM.generateKeyPair().getPublic();

            assertThat(desk.post(desk.kiosk,
                    desk.kiosk.next(enrolled(resident, notTheServers, template(2)), TestKiosk.STAFF),
                    desk.kiosk.next(enrolled(UUID.randomUUID(), serverKey, template(3)), TestKiosk.STAFF),
                    desk.kiosk.next(enrolled(resident, serverKey, template(4)), ServerParts.cardOf(resident))))
                    .extracting(Verdict::reason).containsExactly(FaceTemplateService.FACE_TEMPLATE_UNREADABLE,
                            FaceTemplateService.UNKNOWN_RESIDENT, "staff-confirmation-required");

            desk.accept(desk.kiosk.next(enrolled(resident, serverKey, template(5)), TestKiosk.STAFF));
            assertThat(storedBox(running, resident)).isNotNull();
            desk.accept(desk.kiosk.next(new ResidentClosed(resident, ResidentClosed.MOVED_AWAY, ""),
                    TestKiosk.STAFF));
            assertThat(storedBox(running, resident)).isNull();
            assertThat(desk.post(desk.kiosk, desk.kiosk.next(enrolled(resident, serverKey, template(6)),
                    TestKiosk.STAFF))).extracting(Verdict::reason).containsExactly("account-closed");
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void aKioskKeyThatIsNoKeyIsATypedRefusal(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
            running.enrol(kiosk);
            String hpke = SealingScheme.HPKE_X25519_SHA256_AES128GCM.id();
            String sm2Key = Base64.getEncoder().encodeToString(
                    SealingScheme.SM2_C1C3C2.generateKeyPair().getPublic().getEncoded());

            for (String body : new String[] {
                "{\"scheme\":\"" + hpke + "\",\"publicKey\":\"" + sm2Key + "\",\"signature\":\"\"}",
                "{\"scheme\":\"rot13\",\"publicKey\":\"" + sm2Key + "\",\"signature\":\"\"}",
                "{\"scheme\":\"" + hpke + "\",\"publicKey\":\"@@\",\"signature\":\"\"}",
                "{\"scheme\":\"" + hpke + "\",\"publicKey\":\"" + sm2Key + "\",\"signature\":\"AAAA\"}",
                "{\"scheme\":\"" + hpke + "\"}"}) {
                HttpResponse<String> answer = running.client.signed(kiosk, "PUT", "/v1/face/kiosk-key",
                        body.getBytes(StandardCharsets.UTF_8));
                assertThat(answer.statusCode()).as(body + " -> " + answer.body()).isEqualTo(400);
                assertThat(answer.body()).contains("\"code\"");
            }
            assertThat(running.client.get("/v1/face/templates").statusCode()).as("unsigned").isEqualTo(401);
        }
    }

    static FaceTemplate template(long seed) {
        Random random = new Random(seed);
        float[] vector = new float[512];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return FaceTemplate.ofVector(MODEL, vector);
    }

    private static FaceEnrolled enrolled(UUID resident, PublicKey sealTo, FaceTemplate template) throws Exception {
        return new FaceEnrolled(resident, MODEL, "face-2026-12", SealedTemplate.seal(sealTo,
                SealingScheme.HPKE_X25519_SHA256_AES128GCM, SealedTemplate.SERVER, resident, template));
    }

    private static FaceKey serverFaceKey(RunningServer running) throws Exception {
        HttpResponse<String> answer = running.client.get("/v1/face/server-key");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return SyncJson.MAPPER.readValue(answer.body(), FaceKey.class);
    }

    private static PublicKey receiptKey(RunningServer running) throws Exception {
        ServerKey key = SyncJson.MAPPER.readValue(running.client.get("/v1/server-key").body(), ServerKey.class);
        return SignatureSuites.ED25519_SHA256.decodePublicKey(Base64.getDecoder().decode(key.publicKey()));
    }

    /** Registers the kiosk's derived face key, as the kiosk does; {@code changed}: whether the server saw it new. */
    private static KeyPair register(RunningServer running, TestKiosk kiosk, boolean changed) throws Exception {
        KeyPair faceKey = DerivedKeys.sealingKeyPair(kiosk.keys().getPrivate(),
                SealingScheme.HPKE_X25519_SHA256_AES128GCM, "face-templates");
        byte[] body = SyncJson.MAPPER.writeValueAsBytes(FaceKey.unsigned(SealingScheme.HPKE_X25519_SHA256_AES128GCM,
                faceKey.getPublic()));
        HttpResponse<String> answer = running.client.signed(kiosk, "PUT", "/v1/face/kiosk-key", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"changed\":" + changed + "}");
        return faceKey;
    }

    private static HttpResponse<String> templates(RunningServer running, TestKiosk kiosk, long since)
            throws Exception {
        return running.client.signed(kiosk, "GET", "/v1/face/templates?since=" + since, new byte[0]);
    }

    private static FaceTemplateRows rows(RunningServer running, TestKiosk kiosk, long since) throws Exception {
        HttpResponse<String> answer = templates(running, kiosk, since);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return SyncJson.MAPPER.readValue(answer.body(), FaceTemplateRows.class);
    }

    private static String storedBox(RunningServer running, UUID resident) throws Exception {
        String box = running.server.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT template_box FROM face_template WHERE resident_id = ?")) {
                query.setString(1, resident.toString());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
        return box;
    }
}
