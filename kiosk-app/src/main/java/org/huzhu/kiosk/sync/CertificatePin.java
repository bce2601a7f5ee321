package org.huzhu.kiosk.sync;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * The one server certificate a kiosk trusts when it is pinned: the SHA-256 of the certificate's DER encoding, 64
 * lower-case hex digits. {@code openssl x509 -in server.crt -noout -fingerprint -sha256} prints it (with colons).
 *
 * <p>A pinned kiosk trusts exactly this certificate and nothing else: no certificate authority, and no host-name
 * check. The pin names one certificate, which nobody can present without its private key, so it is a stricter test
 * than a name; and a community centre's self-signed certificate often lacks the address kiosks use (an IP address on
 * the centre's network). A certificate that does not match is refused whatever its name or issuer. Without a pin the
 * JDK's default trust applies, host-name verification included.
 */
public record CertificatePin(String sha256Hex) {

    public CertificatePin {
        if (sha256Hex == null || !sha256Hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a certificate pin is the SHA-256 of the certificate: 64 hex digits");
        }
    }

    /** Reads a pin as people copy it: upper or lower case, with or without colons or spaces between the bytes. */
    public static CertificatePin parse(String text) {
        return new CertificatePin(text.replaceAll("[:\\s]", "").toLowerCase(Locale.ROOT));
    }

    /** The pin of {@code certificate}. */
    public static CertificatePin of(X509Certificate certificate) throws CertificateEncodingException {
        try {
            return new CertificatePin(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A TLS context that trusts this certificate only. */
    SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new PinnedTrustManager(this)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has TLS", e);
        }
    }
}
