package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.huzhu.protocol.aid.SealedMessage;
import org.huzhu.protocol.aid.SealedMessages;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.protocol.sync.ServerKey;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestInstitution;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Institutions through the real server on loopback (docs/protocol.md §12): every refusal of an institution's request
 * is a typed 401 or 403, never a 500; the inbox answers only the caller's messages, and each opens only with the
 * caller's key. SQLite and PostgreSQL.
 */
class InstitutionsOverHttpTest {

    private static final String INBOX = "/v1/aid/inbox";
    private static final TypeReference<Page<SealedMessage>> PAGE = new TypeReference<>() { };

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void everyRefusalOfAnInstitutionsRequestIsTyped(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            ApiClient client = running.client;
            TestInstitution charity = new TestInstitution(InstitutionKind.CHARITY, "慈善基金会");
            charity.registerAndCheck(running.server.database());
            TestInstitution unaudited = new TestInstitution(InstitutionKind.HOSPITAL, "未审核医院");
            unaudited.register(running.server.database());
            TestInstitution suspended = new TestInstitution(InstitutionKind.HOSPITAL, "停用医院");
            suspended.registerAndCheck(running.server.database());
            Institutions.inTransaction(running.server.database(), connection -> Institutions.suspend(connection,
                    suspended.id(), Instant.now(), "test", "licence withdrawn"));
            TestInstitution stranger = new TestInstitution(InstitutionKind.CHARITY, "未登记");
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256, Instant.now());
            running.enrol(kiosk);

            assertThat(Refusals.of(client.get(INBOX))).isEqualTo("401 missing-signature");
            assertThat(Refusals.of(client.signed(kiosk, "GET", INBOX, new byte[0])))
                    .as("a kiosk's signature names no institution").isEqualTo("401 missing-signature");
            assertThat(Refusals.of(stranger.get(client, INBOX))).isEqualTo("401 institution-unknown");
            RequestSignature impostor = stranger.signature("GET", INBOX, new byte[0], Instant.now());
            assertThat(Refusals.of(send(client, new RequestSignature(charity.id(), impostor.timestamp(),
                    impostor.nonce(), impostor.signature())))).isEqualTo("401 bad-request-signature");
            RequestSignature signedOnTheWay = charity.signature("GET", INBOX + "?since=1", new byte[0],
                    Instant.now());
            assertThat(Refusals.of(send(client, signedOnTheWay))).as("signed for another target")
                    .isEqualTo("401 bad-request-signature");
            assertThat(Refusals.of(send(client, charity.signature("GET", INBOX, new byte[0],
                    Instant.now().minusSeconds(600))))).isEqualTo("401 stale-request retryable");
            RequestSignature once = charity.signature("GET", INBOX, new byte[0], Instant.now());
            assertThat(send(client, once).statusCode()).isEqualTo(200);
            assertThat(Refusals.of(send(client, once))).isEqualTo("401 replayed-request");
            assertThat(Refusals.of(unaudited.get(client, INBOX))).isEqualTo("403 institution-not-audited");
            assertThat(Refusals.of(suspended.get(client, INBOX))).isEqualTo("403 institution-suspended");
            for (String query : List.of("?since=-1", "?limit=0", "?limit=201", "?since=1&since=2", "?offset=0",
                    "?since=x")) {
                assertThat(Refusals.of(charity.get(client, INBOX + query))).as(query)
                        .isEqualTo("400 invalid-request");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void theInboxAnswersOnlyTheCallersMessagesAndOnlyItsKeyOpensThem(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            TestInstitution charity = new TestInstitution(InstitutionKind.CHARITY, "慈善基金会");
            charity.registerAndCheck(running.server.database());
            TestInstitution hospital = new TestInstitution(InstitutionKind.HOSPITAL, "第一人民医院",
                    SignatureSuites.SM2_SM3, SealingScheme.SM2_C1C3C2);
            hospital.registerAndCheck(running.server.database());
            deliver(running, charity, "aid.application", "APP-1", "application 1");
            deliver(running, hospital, "aid.order", "A-1", "order 1 for the hospital");
            deliver(running, charity, "aid.order", "A-1", "order 1 for the charity");
            deliver(running, charity, "aid.order-event", "A-1", "order 1 delivered");

            Page<SealedMessage> first = charity.inbox(running.client, 0);
            assertThat(first.total()).isEqualTo(3);
            assertThat(first.items()).extracting(SealedMessage::recipient).containsOnly(charity.id());
            assertThat(first.items()).extracting(SealedMessage::kind)
                    .containsExactly("aid.application", "aid.order", "aid.order-event");
            List<String> opened = first.items().stream().map(message -> text(charity, message)).toList();
            assertThat(opened).containsExactly("application 1", "order 1 for the charity", "order 1 delivered");
            // As an institution's own client checks them: with the key the server publishes.
            ServerKey published = SyncJson.MAPPER.readValue(running.client.get("/v1/server-key").body(),
                    ServerKey.class);
            SignatureSuite serverSuite = SignatureSuites.byId(published.suite()).orElseThrow();
            PublicKey serverKey = serverSuite.decodePublicKey(Base64.getDecoder().decode(published.publicKey()));
            for (SealedMessage message : first.items()) {
                assertThat(message.serverKeyId()).isEqualTo(published.keyId());
                assertThat(SealedMessages.verify(message, serverSuite, serverKey)).isTrue();
                assertThatThrownBy(() -> hospital.open(message)).isInstanceOf(SealedBoxException.class);
            }

            HttpResponse<String> paged = charity.get(running.client, INBOX + "?since=1&limit=1");
            assertThat(paged.statusCode()).isEqualTo(200);
            Page<SealedMessage> second = SyncJson.MAPPER.readValue(paged.body(), PAGE);
            assertThat(second.offset()).isEqualTo(1);
            assertThat(second.items()).extracting(SealedMessage::messageId)
                    .containsExactly(first.items().get(1).messageId());
            assertThat(second.hasMore()).isTrue();
            assertThat(charity.inbox(running.client, 3).items()).isEmpty();

            Page<SealedMessage> hospitals = hospital.inbox(running.client, 0);
            assertThat(hospitals.total()).isEqualTo(1);
            assertThat(hospitals.items().getFirst().scheme()).isEqualTo("sm2-c1c3c2");
            assertThat(text(hospital, hospitals.items().getFirst())).isEqualTo("order 1 for the hospital");
            assertThatThrownBy(() -> charity.open(hospitals.items().getFirst()))
                    .isInstanceOf(SealedBoxException.class);
        }
    }

    private static void deliver(RunningServer running, TestInstitution to, String kind, String reference,
            String text) throws Exception {
        running.server.database().inTransaction(connection -> running.server.inbox().deliver(connection, to.id(),
                kind, reference, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(TestInstitution institution, SealedMessage message) {
        try {
            return new String(institution.open(message), StandardCharsets.UTF_8);
        } catch (SealedBoxException e) {
            throw new AssertionError(institution.id() + " cannot open its own message " + message.messageId(), e);
        }
    }

    private static HttpResponse<String> send(ApiClient client, RequestSignature signature) throws Exception {
        return client.send(client.builder("GET", INBOX, new byte[0], signature, RequestSignature.HEADER_INSTITUTION));
    }
}
