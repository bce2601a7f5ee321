package org.huzhu.devices.card.piv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.huzhu.devices.card.identity.StaffCardIdentity;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.devices.card.sim.P256KeyPairs;
import org.huzhu.devices.card.sim.StaffCertificateFactory;
import org.huzhu.devices.card.testsupport.TestCertificates;
import org.huzhu.devices.card.tlv.CardDataException;
import org.huzhu.devices.card.tlv.CardDataException.Problem;
import org.junit.jupiter.api.Test;

class StaffCertificatesTest {

    private final KeyPair keys = P256KeyPairs.generate();

    @Test
    void theIdentityIsTheCommonNameAndTheSha256OfTheSubjectPublicKeyInfo() throws Exception {
        byte[] certificate = StaffCertificateFactory.selfSigned("张丽", keys);

        StaffCardIdentity identity = StaffCertificates.identity(certificate);

        assertThat(identity.holderName()).isEqualTo("张丽");
        assertThat(identity.certificate()).isEqualTo(certificate);
        assertThat(identity.keyFingerprint()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keys.getPublic().getEncoded())));
        assertThat(StaffCertificates.publicKey(certificate).toJavaKey()).isEqualTo(keys.getPublic());
    }

    @Test
    void withoutACommonNameTheWholeSubjectIsTheName() throws Exception {
        byte[] certificate = TestCertificates.selfSigned("C=CN, O=Huzhu, OU=Counter 2", keys, "SHA256withECDSA");

        assertThat(StaffCertificates.identity(certificate).holderName()).isEqualTo("OU=Counter 2, O=Huzhu, C=CN");
    }

    @Test
    void onlyP256KeysAreAccepted() throws Exception {
        byte[] rsa = TestCertificates.selfSigned("CN=RSA", TestCertificates.rsaKeys(), "SHA256withRSA");
        byte[] p384 = TestCertificates.selfSigned("CN=P384", TestCertificates.p384Keys(), "SHA384withECDSA");

        for (byte[] certificate : new byte[][] {rsa, p384}) {
            assertThatThrownBy(() -> StaffCertificates.identity(certificate))
                    .isInstanceOfSatisfying(CardDataException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.BAD_VALUE));
        }
    }

    @Test
    void aPointOffTheCurveIsRefused() throws Exception {
        byte[] spki = keys.getPublic().getEncoded();
        spki[spki.length - 1] ^= 1;

        assertThatThrownBy(() -> P256PublicKey.fromSubjectPublicKeyInfo(spki))
                .isInstanceOfSatisfying(CardDataException.class, e -> assertThat(e.getMessage()).contains("curve"));
    }

    @Test
    void truncatedOrAlteredCertificatesAreTypedErrors() throws Exception {
        byte[] certificate = StaffCertificateFactory.selfSigned("Test Staff", keys);

        for (int length = 0; length < certificate.length; length += 7) {
            byte[] cut = java.util.Arrays.copyOf(certificate, length);
            assertThatThrownBy(() -> StaffCertificates.identity(cut)).isInstanceOf(CardDataException.class);
        }
        byte[] notASequence = certificate.clone();
        notASequence[0] = 0x31;
        assertThatThrownBy(() -> StaffCertificates.identity(notASequence)).isInstanceOf(CardDataException.class);
    }

    @Test
    void theDemoCardsKeyIsFixed() throws Exception {
        StaffCardIdentity demo = StaffCertificates.identity(DemoCards.staffCertificate());

        assertThat(demo.holderName()).isEqualTo(DemoCards.STAFF_NAME);
        assertThat(demo.keyFingerprint()).isEqualTo(DemoCards.staffKeyFingerprint())
                .isEqualTo(P256PublicKey.fingerprint(DemoCards.staffSubjectPublicKeyInfo()))
                .as("the demo staff member keeps her key across starts")
                .isEqualTo("ab06dc12210607306d3e4b97a6c66deb4f9acd0b8b86a2eb710863a1876580ca");
    }
}
