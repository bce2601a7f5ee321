package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.aid.AidInstitution;
import org.huzhu.protocol.aid.AidInstitutions;
import org.huzhu.protocol.aid.SealedDocument;
import org.huzhu.protocol.crypto.SealedBoxException;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.AidDocument;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.testsupport.AidParties;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestInstitution;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Supporting documents of an application (docs/protocol.md §12.5) through the real server on SQLite and PostgreSQL:
 * the counter lists the institutions, seals a document to the charity's key and hands it on; only that charity gets
 * it, only once its application names it, and only its key opens it.
 */
class AidDocumentsOverHttpTest {

    private static final String BOTH = "org.huzhu.server.testsupport.Stores#both";

    @TempDir
    Path folder;

    private RunningServer running;
    private AidParties parties;

    @AfterEach
    void close() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    private HttpResponse<String> upload(SealedDocument document) throws Exception {
        return running.client.counter(parties.counter.kiosk, parties.counter.staff, "POST",
                "/v1/counter/aid-documents", SyncJson.MAPPER.writeValueAsBytes(document));
    }

    private HttpResponse<String> fetch(TestInstitution who, UUID application,
            String sha256) throws Exception {
        return who.get(running.client, "/v1/aid/documents?application=" + application + "&sha256=" + sha256);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aDocumentSealedAtTheCounterReachesOnlyItsCharityOnceTheApplicationNamesIt(Stores store) throws Exception {
        running = new RunningServer(store.create(folder), folder);
        parties = new AidParties(running);
        UUID resident = UUID.randomUUID();
        parties.counter.enrol(resident);
        AidInstitutions listed = parties.counter.get("/v1/counter/institutions", new TypeReference<>() { });
        assertThat(listed.charities()).extracting(AidInstitution::name).containsExactly("上海慈善基金会");
        assertThat(listed.hospitals()).extracting(AidInstitution::name).containsExactlyInAnyOrder("瑞金医院", "华山医院");
        AidInstitution charity = listed.charities().getFirst();

        byte[] scan = "诊断证明：住院治疗".repeat(500).getBytes(StandardCharsets.UTF_8);
        UUID application = UUID.randomUUID();
        SealedDocument sealed = SealedDocument.seal(charity, application, scan);
        HttpResponse<String> handedOn = upload(sealed);
        assertThat(handedOn.statusCode()).as(handedOn.body()).isEqualTo(200);
        assertThat(upload(sealed).statusCode()).as("handed on again: no harm").isEqualTo(200);
        assertThat(fetch(parties.charity, application, sealed.sha256()).statusCode())
                .as("before the application names it").isEqualTo(404);

        assertThat(parties.apply(application, resident, parties.charity.id(), parties.hospital.id(), 50_000)
                .accepted()).isTrue();
        // AidParties' application names the document "ab…ab"; this one names the scan above.
        UUID named = UUID.randomUUID();
        SealedDocument scanned = SealedDocument.seal(charity, named, scan);
        assertThat(upload(scanned).statusCode()).isEqualTo(200);
        assertThat(parties.counter.post(parties.counter.kiosk, parties.counter.kiosk.next(
                new AidApplied(named, resident, parties.charity.id(), parties.hospital.id(),
                        "住院治疗", 50_000, List.of(new AidDocument("诊断证明.jpg",
                                "image/jpeg", KeyIds.sha256Hex(scan)))),
                TestKiosk.STAFF)).getFirst().accepted()).isTrue();

        HttpResponse<String> fetched = fetch(parties.charity, named, scanned.sha256());
        assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
        SealedDocument received = SyncJson.MAPPER.readValue(fetched.body(), SealedDocument.class);
        assertThat(parties.charity.open(received)).isEqualTo(scan);
        assertThatThrownBy(() -> parties.hospital.open(received)).isInstanceOf(SealedBoxException.class);
        assertThat(fetch(parties.hospital, named, scanned.sha256()).statusCode()).as("not the hospital's")
                .isEqualTo(404);
        assertThat(fetch(parties.charity, application, sealed.sha256()).statusCode())
                .as("an application that does not name it").isEqualTo(404);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void hostileDocumentsAreTypedRefusals(Stores store) throws Exception {
        running = new RunningServer(store.create(folder), folder);
        parties = new AidParties(running);
        String good = "ab".repeat(32);
        for (String body : new String[] {"{}", "[]", "{\"applicationId\":\"" + UUID.randomUUID()
                + "\",\"charityId\":\"" + parties.charity.id() + "\",\"sha256\":\"XYZ\",\"scheme\":"
                + "\"hpke-x25519-sha256-aes128gcm\",\"enc\":\"\",\"ciphertext\":\"AAAA\"}",
                "{\"applicationId\":\"" + UUID.randomUUID() + "\",\"charityId\":\"" + parties.charity.id()
                + "\",\"sha256\":\"" + good + "\",\"scheme\":\"rot13\",\"enc\":\"\",\"ciphertext\":\"AAAA\"}",
                "{\"applicationId\":\"" + UUID.randomUUID() + "\",\"charityId\":\"" + parties.charity.id()
                + "\",\"sha256\":\"" + good + "\",\"scheme\":\"sm2-c1c3c2\",\"enc\":\"\",\"ciphertext\":\"%%%\"}"}) {
            HttpResponse<String> answer = running.client.counter(parties.counter.kiosk, parties.counter.staff, "POST",
                    "/v1/counter/aid-documents", body.getBytes(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(body + " → " + answer.body()).isEqualTo(400);
        }
        assertThat(parties.charity.get(running.client, "/v1/aid/documents?application=x&sha256=y").statusCode())
                .isEqualTo(400);
    }
}
