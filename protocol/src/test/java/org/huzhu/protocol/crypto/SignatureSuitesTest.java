package org.huzhu.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
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
    void onlyKeysOfTheSuitesOwnAlgorithmAndCurveDecode() throws Exception {
        byte[] p256 = generate("EC", "secp256r1");
        byte[] sm2 = SignatureSuites.SM2_SM3.generateKeyPair().getPublic().getEncoded();
        byte[] ed25519 = SignatureSuites.ED25519_SHA256.generateKeyPair().getPublic().getEncoded();

        // A P-256 key is a valid EC key, and SM3withSM2 would even sign and verify with it: the curve must refuse it.
        for (byte[] wrong : List.of(p256, generate("EC", "secp256k1"), ed25519)) {
            assertThatThrownBy(() -> SignatureSuites.SM2_SM3.decodePublicKey(wrong))
                    .isInstanceOf(InvalidKeySpecException.class);
        }
        for (byte[] wrong : List.of(sm2, p256, generate("Ed448", null), generate("X25519", null))) {
            assertThatThrownBy(() -> SignatureSuites.ED25519_SHA256.decodePublicKey(wrong))
                    .isInstanceOf(InvalidKeySpecException.class);
        }
        assertThat(SignatureSuites.SM2_SM3.decodePublicKey(sm2).getEncoded()).isEqualTo(sm2);
        assertThat(SignatureSuites.ED25519_SHA256.decodePublicKey(ed25519).getEncoded()).isEqualTo(ed25519);
    }

    private static byte[] generate(String algorithm, String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, SignatureSuites.provider());
        if (curve != null) {
            generator.initialize(new ECGenParameterSpec(curve));
        }
        return generator.generateKeyPair().getPublic().getEncoded();
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
    void theJdksSha256HashesExactlyAsBouncyCastlesDid() throws Exception {
        Random random = new Random(20261123);
        for (int length : new int[] {0, 1, 55, 56, 63, 64, 65, 1000, 1 << 20}) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertThat(SignatureSuites.ED25519_SHA256.hash(data)).as("%d bytes", length)
                    .isEqualTo(MessageDigest.getInstance("SHA-256", JcaSuite.BOUNCY_CASTLE).digest(data));
        }
    }

    @Test
    void suitesAreFoundByTheirIds() {
        assertThat(SignatureSuites.byId("ed25519-sha256")).containsSame(SignatureSuites.ED25519_SHA256);
        assertThat(SignatureSuites.byId("sm2-sm3")).containsSame(SignatureSuites.SM2_SM3);
        assertThat(SignatureSuites.byId("sm2")).isEmpty();
    }
}
