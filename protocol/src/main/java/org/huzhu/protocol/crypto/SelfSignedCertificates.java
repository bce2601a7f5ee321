package org.huzhu.protocol.crypto;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * PKCS#12 key stores keep a private key together with a certificate. Kiosk and server keys are trusted by enrolment,
 * not by a certificate authority, so a self-signed certificate naming the key's owner is all they need.
 */
public final class SelfSignedCertificates {

    /** Long enough never to expire in service: trust comes from enrolment, not from the dates. */
    private static final Duration VALIDITY = Duration.ofDays(36_500);

    private SelfSignedCertificates() {
    }

    /** A certificate for {@code keys}, signed with them by {@code suite}, with the subject {@code CN=commonName}. */
    public static X509Certificate create(SignatureSuite suite, KeyPair keys, String commonName)
            throws KeyMismatchException {
        X500Name name = new X500Name("CN=" + commonName);
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), name, keys.getPublic());
        try {
            var signer = new JcaContentSignerBuilder(suite.jcaSignatureAlgorithm())
                    .setProvider(SignatureSuites.provider()).build(keys.getPrivate());
            return new JcaX509CertificateConverter().setProvider(SignatureSuites.provider())
                    .getCertificate(builder.build(signer));
        } catch (OperatorCreationException | CertificateException e) {
            throw new KeyMismatchException(suite.id() + " cannot certify this key pair", e);
        }
    }
}
