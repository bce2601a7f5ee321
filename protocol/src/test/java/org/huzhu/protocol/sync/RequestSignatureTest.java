package org.huzhu.protocol.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestSignatureTest {

    private static final byte[] BODY = "{\"envelopes\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00.001Z");
    private static final byte[] NONCE = new byte[16];

    static Iterable<SignatureSuite> suites() {
        return SignatureSuites.ALL;
    }

    @ParameterizedTest
    @MethodSource("suites")
    void verifiesOnlyTheExactRequest(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        String kiosk = KeyIds.kioskIdOf(keys.getPublic());
        RequestSignature signature = RequestSignature.sign(suite, keys.getPrivate(), kiosk, "post", "/v1/batches",
                BODY, NOW, NONCE);

        assertThat(signature.verify(suite, keys.getPublic(), "POST", "/v1/batches", BODY)).isTrue();
        assertThat(signature.verify(suite, keys.getPublic(), "POST", "/v1/batches?x=1", BODY)).isFalse();
        assertThat(signature.verify(suite, keys.getPublic(), "PUT", "/v1/batches", BODY)).isFalse();
        assertThat(signature.verify(suite, keys.getPublic(), "POST", "/v1/batches", new byte[0])).isFalse();
        assertThat(signature.verify(suite, suite.generateKeyPair().getPublic(), "POST", "/v1/batches", BODY)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signingBytesAreDocumentedCanonicalJson(SignatureSuite suite) {
        String text = new String(RequestSignature.signingBytes(suite, "K-1", "get", "/v1/snapshot?since=0",
                new byte[0], NOW, "00".repeat(16)), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("{\"bodyHash\":\"" + java.util.HexFormat.of().formatHex(suite.hash(new byte[0]))
                + "\",\"kioskId\":\"K-1\",\"method\":\"GET\",\"nonce\":\"" + "00".repeat(16)
                + "\",\"path\":\"/v1/snapshot?since=0\",\"timestamp\":\"2026-11-23T10:00:00.001Z\"}");
    }
}
