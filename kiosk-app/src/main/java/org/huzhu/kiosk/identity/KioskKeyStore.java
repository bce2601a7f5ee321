package org.huzhu.kiosk.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SelfSignedCertificates;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;

/**
 * The kiosk's key pair in a PKCS#12 file, encrypted with a passphrase and readable by its owner only (POSIX 600).
 * Created on first use. A key store holds the key of one suite: a deployment cannot switch suites under an existing
 * journal, so a mismatch is an error, not a silent new key.
 */
public final class KioskKeyStore {

    static final String ALIAS = "huzhu-kiosk-signing";

    private KioskKeyStore() {
    }

    /** Loads the identity in {@code file}, or creates it there for {@code suite} if the file does not exist. */
    public static KioskIdentity loadOrCreate(Path file, char[] passphrase, SignatureSuite suite)
            throws KeyStoreException {
        if (Files.exists(file)) {
            KioskIdentity identity = load(file, passphrase);
            if (identity.suite() != suite) {
                throw new KeyStoreException(file, "holds a " + identity.suite().id() + " key, but the configured suite"
                        + " is " + suite.id() + "; a kiosk keeps its suite for the life of its journal");
            }
            return identity;
        }
        return create(file, passphrase, suite);
    }

    /** Loads an existing key store, whatever its suite. */
    public static KioskIdentity load(Path file, char[] passphrase) throws KeyStoreException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12", SignatureSuites.provider());
            store.load(in, passphrase);
            if (!(store.getKey(ALIAS, passphrase) instanceof PrivateKey privateKey)
                    || !(store.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
                throw new KeyStoreException(file, "has no kiosk signing key");
            }
            SignatureSuite suite = SignatureSuites.ALL.stream()
                    .filter(s -> s.signatureAlgorithmOid().equals(certificate.getSigAlgOID()))
                    .findFirst()
                    .orElseThrow(() -> new KeyStoreException(file, "holds a key of unknown kind "
                            + certificate.getSigAlgOID()));
            return new KioskIdentity(suite, privateKey, certificate.getPublicKey());
        } catch (UnrecoverableKeyException e) {
            throw new KeyStoreException(file, "the passphrase does not open it", e);
        } catch (IOException e) {
            // PKCS#12 reports a wrong passphrase as an IOException whose cause is unrecoverable.
            String reason = e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage())
                    .toLowerCase(java.util.Locale.ROOT).contains("password")
                    ? "the passphrase does not open it" : "cannot be read (" + e.getMessage() + ")";
            throw new KeyStoreException(file, reason, e);
        } catch (GeneralSecurityException e) {
            throw new KeyStoreException(file, "is not a usable key store (" + e.getMessage() + ")", e);
        }
    }

    private static KioskIdentity create(Path file, char[] passphrase, SignatureSuite suite) throws KeyStoreException {
        if (passphrase.length < 8) {
            throw new KeyStoreException(file, "the key passphrase must have at least 8 characters");
        }
        KeyPair keys = suite.generateKeyPair();
        KioskIdentity identity = new KioskIdentity(suite, keys.getPrivate(), keys.getPublic());
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", SignatureSuites.provider());
            store.load(null, null);
            store.setKeyEntry(ALIAS, keys.getPrivate(), passphrase,
                    new Certificate[] {
                        SelfSignedCertificates.create(identity.suite(), keys, "Huzhu Kiosk " + identity.kioskId())});
            Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(folder, ".kiosk-key", ".tmp");
            restrictToOwner(temp);
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, passphrase);
            }
            moveIntoPlace(temp, file);
            return identity;
        } catch (IOException | GeneralSecurityException | KeyMismatchException e) {
            throw new KeyStoreException(file, "cannot be created (" + e.getMessage() + ")", e);
        }
    }


    private static void restrictToOwner(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file);
        }
    }
}
