package org.huzhu.protocol.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReceiptCodecTest {

    static Iterable<SignatureSuite> suites() {
        return SignatureSuites.ALL;
    }

    private static Receipt receipt(SignatureSuite suite, KeyPair keys) {
        return new Receipt("K-0123456789abcdef", 3, 7, "ab".repeat(32), Instant.parse("2026-11-23T10:00:00.250Z"),
                KeyIds.serverKeyIdOf(keys.getPublic()), suite.id());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signedReceiptVerifiesAfterARoundTripThroughBytes(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        SignedReceipt signed = ReceiptCodec.sign(receipt(suite, keys), suite, keys.getPrivate());

        SignedReceipt decoded = ReceiptCodec.decode(ReceiptCodec.encode(signed));

        assertThat(decoded).isEqualTo(signed);
        assertThat(ReceiptCodec.verify(decoded, keys.getPublic())).isTrue();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void changedRangeOrOtherKeyDoesNotVerify(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        SignedReceipt signed = ReceiptCodec.sign(receipt(suite, keys), suite, keys.getPrivate());
        Receipt r = signed.receipt();
        Receipt widened = new Receipt(r.kioskId(), r.firstSequence(), r.lastSequence() + 1, r.lastHash(), r.issuedAt(),
                r.serverKeyId(), r.suite());

        assertThat(ReceiptCodec.verify(new SignedReceipt(widened, signed.signature()), keys.getPublic())).isFalse();
        assertThat(ReceiptCodec.verify(signed, suite.generateKeyPair().getPublic())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signingBytesAreTheCanonicalObjectWithoutSignature(SignatureSuite suite) {
        KeyPair keys = suite.generateKeyPair();
        String text = new String(ReceiptCodec.signingBytes(receipt(suite, keys)), StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\"firstSequence\":3,\"issuedAt\":\"2026-11-23T10:00:00.250Z\",\"kioskId\":")
                .contains("\"lastSequence\":7,")
                .endsWith(",\"suite\":\"" + suite.id() + "\",\"type\":\"huzhu.receipt\",\"version\":1}")
                .doesNotContain("signature");
    }

    @ParameterizedTest
    @MethodSource("suites")
    void unknownMembersAreRefused(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        var tree = ReceiptCodec.toTree(ReceiptCodec.sign(receipt(suite, keys), suite, keys.getPrivate()));
        tree.put("extra", 1);

        assertThatThrownBy(() -> ReceiptCodec.fromTree(tree)).isInstanceOf(MalformedReceiptException.class);
    }
}
