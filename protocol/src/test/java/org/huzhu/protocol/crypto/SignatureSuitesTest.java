package org.huzhu.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SignatureSuitesTest {

    private static final byte[] MESSAGE = "互助 time bank".getBytes(StandardCharsets.UTF_8);

    static List<SignatureSuite> suites() {
        return SignatureSuites.ALL;
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signsAndVerifies(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        byte[] signature = suite.sign(keys.getPrivate(), MESSAGE);

        assertThat(suite.verify(keys.getPublic(), MESSAGE, signature)).isTrue();
        assertThat(suite.verify(suite.decodePublicKey(keys.getPublic().getEncoded()), MESSAGE, signature)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void rejectsChangedMessageOtherKeyAndGarbageSignature(SignatureSuite suite) throws Exception {
        KeyPair keys = suite.generateKeyPair();
        byte[] signature = suite.sign(keys.getPrivate(), MESSAGE);
        byte[] changed = MESSAGE.clone();
        changed[0] ^= 1;

        assertThat(suite.verify(keys.getPublic(), changed, signature)).isFalse();
        assertThat(suite.verify(suite.generateKeyPair().getPublic(), MESSAGE, signature)).isFalse();
        assertThat(suite.verify(keys.getPublic(), MESSAGE, new byte[] {1, 2, 3})).isFalse();
        assertThat(suite.verify(keys.getPublic(), MESSAGE, new byte[0])).isFalse();
    }

    @Test
    void keyOfTheOtherSuiteIsATypedError() {
        KeyPair sm2 = SignatureSuites.SM2_SM3.generateKeyPair();
        assertThatThrownBy(() -> SignatureSuites.ED25519_SHA256.sign(sm2.getPrivate(), MESSAGE))
                .isInstanceOf(KeyMismatchException.class);
        assertThat(SignatureSuites.ED25519_SHA256.verify(sm2.getPublic(), MESSAGE, new byte[64])).isFalse();
    }

    @Test
    void hashesAreTheStandardOnes() {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        // FIPS 180-2 and GB/T 32905-2016 example A.1
        assertThat(HexFormat.of().formatHex(SignatureSuites.ED25519_SHA256.hash(abc)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(HexFormat.of().formatHex(SignatureSuites.SM2_SM3.hash(abc)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void suitesAreFoundByTheirIds() {
        assertThat(SignatureSuites.byId("ed25519-sha256")).containsSame(SignatureSuites.ED25519_SHA256);
        assertThat(SignatureSuites.byId("sm2-sm3")).containsSame(SignatureSuites.SM2_SM3);
        assertThat(SignatureSuites.byId("sm2")).isEmpty();
    }
}
