package org.huzhu.server.institution;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.util.encoders.DecoderException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.server.institution.InstitutionException.Reason;

/**
 * An institution's public key as its administrator hands it over: a SubjectPublicKeyInfo in PEM
 * ({@code -----BEGIN PUBLIC KEY-----}), in bare base64, or in DER. The suite or scheme is the one the key is of
 * (Ed25519 → {@code ed25519-sha256}, an SM2 key → {@code sm2-sm3}; X25519 → HPKE, SM2 → {@code sm2-c1c3c2}).
 */
public final class InstitutionKeyFile {

    private static final int MAX_BYTES = 64 * 1024;
    private static final Pattern BASE64_TEXT = Pattern.compile("[A-Za-z0-9+/=\\s]+");

    private InstitutionKeyFile() {
    }

    public record SigningKey(SignatureSuite suite, PublicKey key) {
    }

    public record EncryptionKey(SealingScheme scheme, PublicKey key) {
    }

    /** @throws InstitutionException {@code BAD_KEY}: unreadable, or not an Ed25519 or SM2 public key */
    public static SigningKey signingKey(Path file) throws InstitutionException {
        byte[] encoded = subjectPublicKeyInfo(file);
        for (SignatureSuite suite : SignatureSuites.ALL) {
            Optional<PublicKey> key = decoded(() -> suite.decodePublicKey(encoded));
            if (key.isPresent()) {
                return new SigningKey(suite, key.get());
            }
        }
        throw new InstitutionException(Reason.BAD_KEY, file + " holds no Ed25519 or SM2 signing public key");
    }

    /** @throws InstitutionException {@code BAD_KEY}: unreadable, or not an X25519 or SM2 public key */
    public static EncryptionKey encryptionKey(Path file) throws InstitutionException {
        byte[] encoded = subjectPublicKeyInfo(file);
        for (SealingScheme scheme : SealingScheme.values()) {
            Optional<PublicKey> key = decoded(() -> scheme.decodePublicKey(encoded));
            if (key.isPresent()) {
                return new EncryptionKey(scheme, key.get());
            }
        }
        throw new InstitutionException(Reason.BAD_KEY, file + " holds no X25519 or SM2 encryption public key");
    }

    private interface Decoder {
        PublicKey decode() throws InvalidKeySpecException;
    }

    private static Optional<PublicKey> decoded(Decoder decoder) {
        try {
            return Optional.of(decoder.decode());
        } catch (InvalidKeySpecException e) {
            return Optional.empty(); // another suite's or scheme's key, or none at all: the caller tries the next
        }
    }

    private static byte[] subjectPublicKeyInfo(Path file) throws InstitutionException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InstitutionException(Reason.BAD_KEY, file + " is too large for a public key");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InstitutionException(Reason.BAD_KEY, "cannot read " + file + " (" + e.getMessage() + ")");
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN ")) {
            try (PemReader reader = new PemReader(new StringReader(text))) {
                PemObject pem = reader.readPemObject();
                if (pem == null || !pem.getType().equals("PUBLIC KEY")) {
                    throw new InstitutionException(Reason.BAD_KEY, file + " holds no PEM PUBLIC KEY block");
                }
                return pem.getContent();
            } catch (IOException | DecoderException e) {
                // DecoderException: BouncyCastle's PEM reader reports a body that is not base64 unchecked.
                throw new InstitutionException(Reason.BAD_KEY, file + " holds a broken PEM block");
            }
        }
        if (!text.isBlank() && BASE64_TEXT.matcher(text).matches()) {
            try {
                return Base64.getMimeDecoder().decode(text.strip());
            } catch (IllegalArgumentException e) {
                throw new InstitutionException(Reason.BAD_KEY, file + " is not base64");
            }
        }
        return bytes;
    }
}
