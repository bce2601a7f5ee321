package org.huzhu.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.HoursRedeemed;
import org.huzhu.protocol.payload.ServiceConfirmed;
import org.huzhu.protocol.sync.BatchResponse;
import org.huzhu.protocol.sync.EnrolmentResponse;
import org.huzhu.protocol.sync.KioskStatus;
import org.huzhu.protocol.sync.ReceiptCodec;
import org.huzhu.protocol.sync.ServerKey;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.protocol.sync.Verdict;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The kiosk's whole conversation with the real server over loopback HTTP, on SQLite and PostgreSQL. */
class HttpSyncTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void enrolSnapshotSyncAndVerifyTheReceipt(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.SM2_SM3, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            kiosk.useStaffCard(RunningServer.SOCIAL_WORKER);
            String code = running.enrolmentCode();
            ServerKey serverKey = SyncJson.MAPPER.readValue(running.client.get("/v1/server-key").body(),
                    ServerKey.class);

            HttpResponse<String> enrolled = running.client.signed(kiosk, "POST", "/v1/enrolment",
                    org.huzhu.server.testsupport.ApiClient.enrolment(kiosk, code));
            HttpResponse<String> enrolledAgain = running.client.signed(kiosk, "POST", "/v1/enrolment",
                    org.huzhu.server.testsupport.ApiClient.enrolment(kiosk, code.toLowerCase()));
            HttpResponse<String> snapshotResponse = running.client.signed(kiosk, "GET", "/v1/snapshot?since=0",
                    new byte[0]);
            Snapshot snapshot = SyncJson.MAPPER.readValue(snapshotResponse.body(), Snapshot.class);
            kiosk.advance(java.time.Duration.ofSeconds(5)); // the kiosk works after it got its snapshot
            UUID resident = UUID.randomUUID();
            List<byte[]> envelopes = List.of(
                    kiosk.next(ServerParts.enrolment(resident), TestKiosk.STAFF),
                    kiosk.next(new ServiceConfirmed(UUID.randomUUID(), resident, 90, "staff-7",
                            "credited at the counter"), TestKiosk.STAFF),
                    kiosk.next(new HoursRedeemed(resident, 40, UUID.randomUUID()), ServerParts.cardOf(resident)),
                    kiosk.next(new HoursRedeemed(resident, 60, UUID.randomUUID()), ServerParts.cardOf(resident)));
            HttpResponse<String> batch = running.client.signed(kiosk, "POST", "/v1/batches",
                    org.huzhu.server.testsupport.ApiClient.batch(envelopes));
            HttpResponse<String> status = running.client.signed(kiosk, "GET", "/v1/kiosk", new byte[0]);

            assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
            EnrolmentResponse enrolment = SyncJson.MAPPER.readValue(enrolled.body(), EnrolmentResponse.class);
            assertThat(enrolment.kioskId()).isEqualTo(kiosk.kioskId());
            assertThat(enrolment.serverKey()).isEqualTo(serverKey);
            assertThat(enrolledAgain.statusCode()).as("a lost answer may be asked again").isEqualTo(200);
            assertThat(snapshotResponse.statusCode()).isEqualTo(200);
            assertThat(snapshot.services()).hasSize(8).allMatch(service -> !service.providerEn().isBlank()
                    && !service.placeZh().isBlank());
            assertThat(snapshot.volunteerTasks()).hasSize(21);
            assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
            BatchResponse response = SyncJson.MAPPER.readValue(batch.body(), BatchResponse.class);
            assertThat(response.verdicts()).extracting(Verdict::verdict)
                    .containsExactly("accepted", "accepted", "accepted", "rejected");
            assertThat(response.verdicts().get(2).warnings()).containsExactly("below-soft-limit");
            assertThat(response.verdicts().get(3).reason()).isEqualTo("insufficient-balance");
            PublicKey key = SignatureSuites.byId(serverKey.suite()).orElseThrow()
                    .decodePublicKey(Base64.getDecoder().decode(serverKey.publicKey()));
            assertThat(ReceiptCodec.verify(ReceiptCodec.fromTree(response.receipt()), key)).isTrue();
            assertThat(SyncJson.MAPPER.readValue(status.body(), KioskStatus.class).head().sequence()).isEqualTo(4);
            Snapshot changes = SyncJson.MAPPER.readValue(running.client.signed(kiosk, "GET",
                    "/v1/snapshot?since=" + snapshot.version(), new byte[0]).body(), Snapshot.class);
            assertThat(changes.balances()).extracting(Snapshot.Balance::balanceMinutes).containsExactly(50L);
        }
    }
}
