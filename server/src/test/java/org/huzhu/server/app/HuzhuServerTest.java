package org.huzhu.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.EnrolmentResponse;
import org.huzhu.protocol.sync.ErrorBody;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.testsupport.ApiClient;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A program that runs the server in its own JVM (the kiosk's demo mode) enrols its kiosk without the CLI. */
class HuzhuServerTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void anEmbeddingProgramEnrolsAKioskWithAOneTimeCodeFromTheRunningServer(Stores store) throws Exception {
        try (RunningServer running = new RunningServer(store.create(folder), folder)) {
            TestKiosk kiosk = new TestKiosk(SignatureSuites.ED25519_SHA256,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            TestKiosk second = new TestKiosk(SignatureSuites.ED25519_SHA256,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));

            String code = running.server.issueEnrolmentCode();
            String another = running.server.issueEnrolmentCode();
            HttpResponse<String> enrolled = running.client.signed(kiosk, "POST", "/v1/enrolment",
                    ApiClient.enrolment(kiosk, code));
            HttpResponse<String> reused = running.client.signed(second, "POST", "/v1/enrolment",
                    ApiClient.enrolment(second, code));

            assertThat(code).matches("[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}");
            assertThat(another).isNotEqualTo(code);
            assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
            assertThat(SyncJson.MAPPER.readValue(enrolled.body(), EnrolmentResponse.class).kioskId())
                    .isEqualTo(kiosk.kioskId());
            assertThat(reused.statusCode()).isEqualTo(400);
            assertThat(SyncJson.MAPPER.readValue(reused.body(), ErrorBody.class).code())
                    .as("the code is used up").isEqualTo("invalid-enrolment-code");
        }
    }
}
