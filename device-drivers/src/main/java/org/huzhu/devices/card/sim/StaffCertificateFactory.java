package org.huzhu.devices.card.sim;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed X.509 certificates for simulated PIV staff cards (BouncyCastle). Real staff cards carry certificates
 * from the card issuer; the kiosk trusts neither kind by itself, only keys the server has registered.
 */
public final class StaffCertificateFactory {

    /** Fixed validity, so a certificate says the same thing on every start of the demo. */
    private static final Date NOT_BEFORE = Date.from(Instant.parse("2025-01-01T00:00:00Z"));
    private static final Date NOT_AFTER = Date.from(Instant.parse("2045-12-31T23:59:59Z"));
    private static final String ORGANISATION = "Huzhu community centre (simulated card)";

    private StaffCertificateFactory() {
    }

    /**
     * A DER certificate for {@code holderName} (subject CN, UTF8String) and the public key of {@code keys}, signed
     * with its private key (SHA256withECDSA), key usage digitalSignature.
     */
    public static byte[] selfSigned(String holderName, KeyPair keys) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.CN, holderName)
                .build();
        // The serial comes from the key (the end of its point), so the demo card's certificate keeps its serial across starts.
        byte[] publicKey = keys.getPublic().getEncoded();
        BigInteger serial = new BigInteger(1, Arrays.copyOfRange(publicKey, publicKey.length - 8, publicKey.length))
                .add(BigInteger.ONE);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial, NOT_BEFORE, NOT_AFTER,
                subject, keys.getPublic());
        try {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())).getEncoded();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make a staff card certificate", e);
        }
    }
}
