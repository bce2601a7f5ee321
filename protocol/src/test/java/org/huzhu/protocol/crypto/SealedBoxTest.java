package org.huzhu.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sealing to one recipient: round trips, other keys, altered bytes and contexts, and RFC 9180's own vector. */
class SealedBoxTest {

    private static final byte[] INFO = "huzhu-sealed-1|I-0123456789abcdef|aid.order".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AAD = "0193a1b2-0000-7000-8000-000000000001".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PLAINTEXT = "{\"orderId\":\"A-1\",\"maxFen\":300000}".getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @EnumSource(SealingScheme.class)
    void whatIsSealedOpensWithTheRecipientsKeyAndTheSameContext(SealingScheme scheme) throws Exception {
        KeyPair recipient = scheme.generateKeyPair();
        SealedBox.Sealed sealed = SealedBox.seal(recipient.getPublic(), scheme, INFO, AAD, PLAINTEXT);

        assertThat(SealedBox.open(recipient.getPrivate(), scheme, sealed.enc(), INFO, AAD, sealed.ciphertext()))
                .isEqualTo(PLAINTEXT);
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("orderId");
        assertThat(SealedBox.seal(recipient.getPublic(), scheme, INFO, AAD, PLAINTEXT).ciphertext())
                .as("sealing is randomised").isNotEqualTo(sealed.ciphertext());
        assertThat(sealed.enc()).hasSize(scheme == SealingScheme.SM2_C1C3C2 ? 0 : 32);
    }

    @ParameterizedTest
    @EnumSource(SealingScheme.class)
    void anotherInstitutionsKeyCannotOpenIt(SealingScheme scheme) throws Exception {
        KeyPair recipient = scheme.generateKeyPair();
        KeyPair other = scheme.generateKeyPair();
        SealedBox.Sealed sealed = SealedBox.seal(recipient.getPublic(), scheme, INFO, AAD, PLAINTEXT);

        assertThatThrownBy(() -> SealedBox.open(other.getPrivate(), scheme, sealed.enc(), INFO, AAD,
                sealed.ciphertext())).isInstanceOf(SealedBoxException.class);
    }

    @ParameterizedTest
    @EnumSource(SealingScheme.class)
    void anAlteredByteOrAnotherContextDoesNotOpen(SealingScheme scheme) throws Exception {
        KeyPair recipient = scheme.generateKeyPair();
        SealedBox.Sealed sealed = SealedBox.seal(recipient.getPublic(), scheme, INFO, AAD, PLAINTEXT);
        PrivateKey key = recipient.getPrivate();
        byte[] ciphertext = sealed.ciphertext();
        for (int index : new int[] {0, 40, ciphertext.length / 2, ciphertext.length - 1}) {
            byte[] tampered = ciphertext.clone();
            tampered[index] ^= 0x01;
            assertThatThrownBy(() -> SealedBox.open(key, scheme, sealed.enc(), INFO, AAD, tampered))
                    .as("byte " + index).isInstanceOf(SealedBoxException.class);
        }
        byte[] otherRecipient = "huzhu-sealed-1|I-fedcba9876543210|aid.order".getBytes(StandardCharsets.UTF_8);
        byte[] otherKind = "huzhu-sealed-1|I-0123456789abcdef|aid.order-event".getBytes(StandardCharsets.UTF_8);
        for (byte[] info : new byte[][] {otherRecipient, otherKind}) {
            assertThatThrownBy(() -> SealedBox.open(key, scheme, sealed.enc(), info, AAD, ciphertext))
                    .isInstanceOf(SealedBoxException.class);
        }
        assertThatThrownBy(() -> SealedBox.open(key, scheme, sealed.enc(), INFO, "another id".getBytes(
                StandardCharsets.UTF_8), ciphertext)).isInstanceOf(SealedBoxException.class);
    }

    @ParameterizedTest
    @EnumSource(SealingScheme.class)
    void hostileBytesAndKeysOfTheOtherSchemeAreRefusedAsCheckedFailures(SealingScheme scheme) throws Exception {
        KeyPair recipient = scheme.generateKeyPair();
        SealingScheme otherScheme = scheme == SealingScheme.SM2_C1C3C2 ? SealingScheme.HPKE_X25519_SHA256_AES128GCM
                : SealingScheme.SM2_C1C3C2;
        SealedBox.Sealed sealed = SealedBox.seal(recipient.getPublic(), scheme, INFO, AAD, PLAINTEXT);
        for (byte[][] encAndCiphertext : new byte[][][] {{new byte[0], new byte[0]}, {new byte[32], new byte[200]},
                {new byte[7], sealed.ciphertext()}, {sealed.enc(), new byte[3]}}) {
            assertThatThrownBy(() -> SealedBox.open(recipient.getPrivate(), scheme, encAndCiphertext[0], INFO, AAD,
                    encAndCiphertext[1])).isInstanceOf(SealedBoxException.class);
        }
        assertThatThrownBy(() -> SealedBox.open(otherScheme.generateKeyPair().getPrivate(), scheme, sealed.enc(),
                INFO, AAD, sealed.ciphertext())).isInstanceOf(SealedBoxException.class);
        assertThatThrownBy(() -> SealedBox.seal(otherScheme.generateKeyPair().getPublic(), scheme, INFO, AAD,
                PLAINTEXT)).isInstanceOf(KeyMismatchException.class);
        assertThatThrownBy(() -> scheme.decodePublicKey(otherScheme.generateKeyPair().getPublic().getEncoded()))
                .isInstanceOf(InvalidKeySpecException.class);
        assertThatThrownBy(() -> scheme.decodePublicKey(new byte[] {0x30, 0x03, 0x02, 0x01}))
                .isInstanceOf(InvalidKeySpecException.class);
    }

    @ParameterizedTest
    @EnumSource(SealingScheme.class)
    void everyTruncationOfAnEncryptionKeyIsAnInvalidKeySpec(SealingScheme scheme) {
        byte[] encoded = scheme.generateKeyPair().getPublic().getEncoded();
        for (int length = 0; length < encoded.length; length++) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThatThrownBy(() -> scheme.decodePublicKey(truncated)).as("%s of %s bytes", scheme.id(), length)
                    .isInstanceOf(InvalidKeySpecException.class);
        }
    }

    @Test
    void theJdksOwnX25519KeysSealAndOpen() throws Exception {
        KeyPair jdk = KeyPairGenerator.getInstance("X25519", "SunEC").generateKeyPair();
        SealingScheme hpke = SealingScheme.HPKE_X25519_SHA256_AES128GCM;
        PublicKey decoded = hpke.decodePublicKey(jdk.getPublic().getEncoded());
        SealedBox.Sealed sealed = SealedBox.seal(decoded, hpke, INFO, AAD, PLAINTEXT);

        assertThat(SealedBox.open(jdk.getPrivate(), hpke, sealed.enc(), INFO, AAD, sealed.ciphertext()))
                .isEqualTo(PLAINTEXT);
    }

    /**
     * RFC 9180 appendix A.1.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode, sequence 0. The
     * ephemeral key is fixed through BouncyCastle's {@code setupBaseS(pkR, info, kpE)}; the recipient's keys go in
     * as the JDK's own SubjectPublicKeyInfo and PKCS#8, as an institution's would.
     */
    @Test
    void rfc9180TestVectorA1() throws Exception {
        byte[] info = HEX.parseHex("4f6465206f6e2061204772656369616e2055726e");
        byte[] skEm = HEX.parseHex("52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736");
        byte[] pkRm = HEX.parseHex("3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d");
        byte[] skRm = HEX.parseHex("4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8");
        byte[] aad = HEX.parseHex("436f756e742d30");
        byte[] plaintext = HEX.parseHex("4265617574792069732074727574682c20747275746820626561757479");
        AlgorithmIdentifier x25519 = new AlgorithmIdentifier(EdECObjectIdentifiers.id_X25519);
        PublicKey recipient = SealingScheme.HPKE_X25519_SHA256_AES128GCM.decodePublicKey(
                new SubjectPublicKeyInfo(x25519, pkRm).getEncoded());
        PrivateKey recipientPrivate = KeyFactory.getInstance("X25519", "SunEC").generatePrivate(
                new PKCS8EncodedKeySpec(new PrivateKeyInfo(x25519, new DEROctetString(skRm)).getEncoded()));
        X25519PrivateKeyParameters ephemeral = new X25519PrivateKeyParameters(skEm);

        SealedBox.Sealed sealed = SealedBox.sealHpke(recipient, info, aad, plaintext,
                new AsymmetricCipherKeyPair(ephemeral.generatePublicKey(), ephemeral));

        assertThat(HEX.formatHex(sealed.enc())).isEqualTo(
                "37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431");
        assertThat(HEX.formatHex(sealed.ciphertext())).isEqualTo("f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52"
                + "ae8218a355a96d8770ac83d07bea87e13c512a");
        assertThat(SealedBox.open(recipientPrivate, SealingScheme.HPKE_X25519_SHA256_AES128GCM, sealed.enc(), info,
                aad, sealed.ciphertext())).isEqualTo(plaintext);
    }
}
