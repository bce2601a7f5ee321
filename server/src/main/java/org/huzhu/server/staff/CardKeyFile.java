package org.huzhu.server.staff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Optional;
import org.huzhu.protocol.crypto.StaffKeys;
import org.slf4j.LoggerFactory;

/**
 * A staff card's public key as an operator hands it over: the X.509 certificate of the card's PIV Authentication
 * key, or its bare SubjectPublicKeyInfo, in PEM or DER (as {@code huzhu-kiosk cards read} prints it).
 *
 * @param certificate the DER certificate, or empty when only the key was given
 */
public record CardKeyFile(PublicKey key, byte[] certificate) {

    private static final int MAX_BYTES = 64 * 1024;
    private static final String PEM_KEY = "PUBLIC KEY";

    /** @throws StaffRegistryException unreadable, not a certificate or key, or not a P-256 key */
    public static CardKeyFile read(Path file) throws StaffRegistryException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new StaffRegistryException(file + " is too large for a certificate");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StaffRegistryException("cannot read " + file + " (" + e.getMessage() + ")");
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        try {
            if (text.contains("-----BEGIN " + PEM_KEY + "-----")) {
                return new CardKeyFile(StaffKeys.decode(pemBody(text, PEM_KEY)), new byte[0]);
            }
            Optional<CardKeyFile> fromCertificate = fromCertificate(bytes);
            if (fromCertificate.isPresent() || text.contains("-----BEGIN CERTIFICATE-----")) {
                return fromCertificate.orElseThrow(() -> new StaffRegistryException(file
                        + " holds no readable X.509 certificate"));
            }
            return new CardKeyFile(StaffKeys.decode(bytes), new byte[0]);
        } catch (InvalidKeySpecException e) {
            // The reason is for the log; the operator needs to know what the file should hold.
            LoggerFactory.getLogger(CardKeyFile.class).info("{} is not a staff card key: {}", file, e.getMessage());
            throw new StaffRegistryException(file + " holds no ECDSA P-256 staff card certificate or public key");
        }
    }

    private static Optional<CardKeyFile> fromCertificate(byte[] bytes) throws InvalidKeySpecException {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(bytes));
            return Optional.of(new CardKeyFile(StaffKeys.decode(certificate.getPublicKey().getEncoded()),
                    certificate.getEncoded()));
        } catch (CertificateException e) {
            return Optional.empty();
        }
    }

    private static byte[] pemBody(String text, String label) throws InvalidKeySpecException {
        int begin = text.indexOf("-----BEGIN " + label + "-----") + ("-----BEGIN " + label + "-----").length();
        int end = text.indexOf("-----END " + label + "-----", begin);
        if (end < 0) {
            throw new InvalidKeySpecException("the PEM block has no end line");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(begin, end));
        } catch (IllegalArgumentException e) {
            throw new InvalidKeySpecException("the PEM block is not base64");
        }
    }
}
