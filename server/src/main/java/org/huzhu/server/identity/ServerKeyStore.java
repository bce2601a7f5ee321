package org.huzhu.server.identity;

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
import java.util.Locale;
import org.huzhu.protocol.crypto.KeyMismatchException;
import org.huzhu.protocol.crypto.SelfSignedCertificates;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;

/**
 * The server's receipt key in a PKCS#12 file, encrypted with a passphrase (from {@code HUZHU_SERVER_KEY_PASSPHRASE})
 * and readable by its owner only. Created on first start; afterwards the file decides the suite, because kiosks have
 * stored receipts under this key.
 */
public final class ServerKeyStore {

    public static final String PASSPHRASE_ENV = "HUZHU_SERVER_KEY_PASSPHRASE";
    static final String ALIAS = "huzhu-server-receipts";

    private ServerKeyStore() {
    }

    public static ServerIdentity loadOrCreate(Path file, char[] passphrase, SignatureSuite suiteIfNew)
            throws KeyStoreException {
        if (passphrase.length < 8) {
            throw new KeyStoreException(file, "the key passphrase must have at least 8 characters (set "
                    + PASSPHRASE_ENV + ")");
        }
        return Files.exists(file) ? load(file, passphrase) : create(file, passphrase, suiteIfNew);
    }

    /** Loads the key store at {@code file}, which must exist (commands that must not create one by accident). */
    public static ServerIdentity load(Path file, char[] passphrase) throws KeyStoreException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12", SignatureSuites.provider());
            store.load(in, passphrase);
            if (!(store.getKey(ALIAS, passphrase) instanceof PrivateKey privateKey)
                    || !(store.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
                throw new KeyStoreException(file, "holds no server receipt key");
            }
            SignatureSuite suite = SignatureSuites.ALL.stream()
                    .filter(s -> s.signatureAlgorithmOid().equals(certificate.getSigAlgOID()))
                    .findFirst()
                    .orElseThrow(() -> new KeyStoreException(file, "holds a key of unknown kind"));
            return new ServerIdentity(suite, privateKey, certificate.getPublicKey());
        } catch (UnrecoverableKeyException e) {
            throw new KeyStoreException(file, "the passphrase does not open it", e);
        } catch (IOException e) {
            boolean wrongPassphrase = e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("password");
            throw new KeyStoreException(file, wrongPassphrase ? "the passphrase does not open it"
                    : "cannot be read (" + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new KeyStoreException(file, "is not a usable key store (" + e.getMessage() + ")", e);
        }
    }

    private static ServerIdentity create(Path file, char[] passphrase, SignatureSuite suite)
            throws KeyStoreException {
        KeyPair keys = suite.generateKeyPair();
        ServerIdentity identity = new ServerIdentity(suite, keys.getPrivate(), keys.getPublic());
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", SignatureSuites.provider());
            store.load(null, null);
            store.setKeyEntry(ALIAS, keys.getPrivate(), passphrase, new Certificate[] {
                SelfSignedCertificates.create(identity.suite(), keys, "Huzhu Server " + identity.keyId())});
            Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(folder, ".server-key", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, passphrase);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
            return identity;
        } catch (IOException | GeneralSecurityException | KeyMismatchException e) {
            throw new KeyStoreException(file, "cannot be created (" + e.getMessage() + ")", e);
        }
    }

}
