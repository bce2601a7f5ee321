package org.huzhu.devices.card.testsupport;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** TEST SUPPORT. Certificates the kiosk must refuse or read in special ways (other key types, subjects without CN). */
public final class TestCertificates {

    private TestCertificates() {
    }

    /** A self-signed certificate with {@code subject} (RFC 4514 text) for {@code keys}, signed by {@code algorithm}. */
    public static byte[] selfSigned(String subject, KeyPair keys, String algorithm) throws Exception {
        X500Name name = new X500Name(subject);
        return new JcaX509v3CertificateBuilder(name, BigInteger.TWO, Date.from(Instant.parse("2025-01-01T00:00:00Z")),
                Date.from(Instant.parse("2035-01-01T00:00:00Z")), name, keys.getPublic())
                .build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())).getEncoded();
    }

    public static KeyPair rsaKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    public static KeyPair p384Keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        return generator.generateKeyPair();
    }
}
