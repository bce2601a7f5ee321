package org.huzhu.kiosk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KioskKeyStoreTest {

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    @TempDir
    Path folder;

    static java.util.List<SignatureSuite> suites() {
        return SignatureSuites.ALL;
    }

    @ParameterizedTest
    @MethodSource("suites")
    void createdOnceOwnerOnlyThenLoadedAgainWithTheSameKey(SignatureSuite suite) throws Exception {
        Path file = folder.resolve("kiosk-key.p12");

        KioskIdentity created = KioskKeyStore.loadOrCreate(file, PASSPHRASE, suite);
        KioskIdentity loaded = KioskKeyStore.loadOrCreate(file, PASSPHRASE, suite);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(loaded.publicKey().getEncoded()).isEqualTo(created.publicKey().getEncoded());
        assertThat(loaded.kioskId()).isEqualTo(created.kioskId()).matches("K-[0-9a-f]{16}");
        assertThat(loaded.fingerprint()).matches("([0-9a-f]{4} ){15}[0-9a-f]{4}");
        byte[] signature = suite.sign(loaded.privateKey(), new byte[] {1, 2, 3});
        assertThat(suite.verify(created.publicKey(), new byte[] {1, 2, 3}, signature)).isTrue();
        assertThat(loaded.toString()).doesNotContain("Private");
        try (var files = Files.list(folder)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void wrongPassphraseIsATypedError() throws Exception {
        Path file = folder.resolve("kiosk-key.p12");
        KioskKeyStore.loadOrCreate(file, PASSPHRASE, SignatureSuites.ED25519_SHA256);

        assertThatThrownBy(() -> KioskKeyStore.loadOrCreate(file, "wrong passphrase".toCharArray(),
                SignatureSuites.ED25519_SHA256))
                .isInstanceOf(KeyStoreException.class).hasMessageContaining("passphrase does not open it");
    }

    @Test
    void suiteCannotChangeUnderAnExistingKey() throws Exception {
        Path file = folder.resolve("kiosk-key.p12");
        KioskKeyStore.loadOrCreate(file, PASSPHRASE, SignatureSuites.SM2_SM3);

        assertThatThrownBy(() -> KioskKeyStore.loadOrCreate(file, PASSPHRASE, SignatureSuites.ED25519_SHA256))
                .isInstanceOf(KeyStoreException.class).hasMessageContaining("holds a sm2-sm3 key");
    }

    @Test
    void corruptFileAndShortPassphraseAreTypedErrors() throws Exception {
        Path corrupt = Files.write(folder.resolve("corrupt.p12"), new byte[] {0x30, 0x03, 0x02, 0x01});
        assertThatThrownBy(() -> KioskKeyStore.loadOrCreate(corrupt, PASSPHRASE, SignatureSuites.ED25519_SHA256))
                .isInstanceOf(KeyStoreException.class);
        assertThatThrownBy(() -> KioskKeyStore.loadOrCreate(folder.resolve("new.p12"), "short".toCharArray(),
                SignatureSuites.ED25519_SHA256))
                .isInstanceOf(KeyStoreException.class).hasMessageContaining("at least 8 characters");
    }
}
