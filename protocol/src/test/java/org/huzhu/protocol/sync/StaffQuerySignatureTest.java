package org.huzhu.protocol.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.junit.jupiter.api.Test;

class StaffQuerySignatureTest {

    private static final RequestSignature KIOSK = new RequestSignature("K-1", Instant.parse("2026-12-02T10:00:00.001Z"),
            "0".repeat(32), "ab");

    @Test
    void theCardSignsTheKiosksSigningObjectWithThePurposeAdded() {
        byte[] content = StaffQuerySignature.content(SignatureSuites.ED25519_SHA256, KIOSK, "get",
                "/v1/counter/residents?q=wxy", new byte[0]);

        assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("{\"bodyHash\":"
                + "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\"kioskId\":\"K-1\","
                + "\"method\":\"GET\",\"nonce\":\"00000000000000000000000000000000\","
                + "\"path\":\"/v1/counter/residents?q=wxy\",\"purpose\":\"huzhu-staff-query-1\","
                + "\"timestamp\":\"2026-12-02T10:00:00.001Z\"}");
    }

    @Test
    void anotherRequestOrNonceIsAnotherDigest() {
        byte[] digest = StaffQuerySignature.digest(SignatureSuites.ED25519_SHA256, KIOSK, "GET", "/v1/counter/rejections",
                new byte[0]);
        RequestSignature otherNonce = new RequestSignature("K-1", KIOSK.timestamp(), "1".repeat(32), "ab");

        assertThat(digest).hasSize(32);
        assertThat(StaffQuerySignature.digest(SignatureSuites.ED25519_SHA256, KIOSK, "GET",
                "/v1/counter/rejections?offset=50", new byte[0])).isNotEqualTo(digest);
        assertThat(StaffQuerySignature.digest(SignatureSuites.ED25519_SHA256, otherNonce, "GET",
                "/v1/counter/rejections", new byte[0])).isNotEqualTo(digest);
    }
}
