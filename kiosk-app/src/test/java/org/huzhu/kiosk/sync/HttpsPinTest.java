package org.huzhu.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.server.app.HuzhuServer;
import org.huzhu.server.kiosk.Kiosks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync over real TLS: the reference server behind a TLS-terminating forwarder with a self-signed certificate. */
class HttpsPinTest {

    @TempDir
    Path folder;

    private HuzhuServer server;
    private TlsForwarder tls;
    private OpenJournal journal;
    private URI https;

    @BeforeEach
    void start() throws Exception {
        server = TestServers.start(folder.resolve("server"), 0);
        tls = TlsForwarder.start(server.port());
        journal = TestJournals.open(TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 12),
                SignatureSuites.ED25519_SHA256);
        // The certificate names huzhu.example, not 127.0.0.1: only the pin can make it trusted.
        https = URI.create("https://127.0.0.1:" + tls.port());
    }

    @AfterEach
    void stop() throws Exception {
        journal.close();
        tls.close();
        server.close();
    }

    @Test
    void theRightPinEnrolsAndSyncsOverHttps() throws Exception {
        CertificatePin pin = CertificatePin.of(tls.certificate());
        try (Synchronizer synchronizer = new Synchronizer(journal, Clock.systemUTC(), Optional.of(pin))) {
            synchronizer.enrol(https, TestServers.enrolmentCode(server));

            Synchronizer.Round round = synchronizer.syncOnce(ServerAddresses.of(https), 5);

            assertThat(round.delivery().accepted() + round.delivery().rejected()).isEqualTo(12);
            assertThat(round.delivery().pending()).isZero();
            assertThat(round.snapshot().version()).isPositive();
        }
    }

    @Test
    void aPinCopiedWithColonsInUpperCaseIsTheSamePin() throws Exception {
        String hex = CertificatePin.of(tls.certificate()).sha256Hex();
        String asOpensslPrintsIt = hex.toUpperCase().replaceAll("(..)(?!$)", "$1:");

        assertThat(CertificatePin.parse(asOpensslPrintsIt)).isEqualTo(CertificatePin.of(tls.certificate()));
    }

    @Test
    void aWrongPinIsRefusedPlainlyAndNothingIsSent() throws Exception {
        CertificatePin wrong = CertificatePin.parse("ab".repeat(32));
        try (Synchronizer synchronizer = new Synchronizer(journal, Clock.systemUTC(), Optional.of(wrong))) {
            assertThatThrownBy(() -> synchronizer.enrol(https, TestServers.enrolmentCode(server)))
                    .isInstanceOfSatisfying(SyncException.class, e -> {
                        assertThat(e.problem()).isEqualTo(SyncProblem.UNTRUSTED_SERVER);
                        assertThat(e.retryable()).isFalse();
                    })
                    .hasMessageContaining("not trusted")
                    .hasMessageContaining("not the pinned " + wrong.sha256Hex())
                    .hasMessageContaining(CertificatePin.of(tls.certificate()).sha256Hex());
        }
        assertThat(server.database().inTransaction(Kiosks::all)).as("nothing crossed the untrusted connection")
                .isEmpty();
    }

    @Test
    void withoutAPinTheDefaultTrustRefusesASelfSignedCertificate() {
        try (Synchronizer synchronizer = new Synchronizer(journal, Clock.systemUTC())) {
            assertThatThrownBy(() -> synchronizer.enrol(https, TestServers.enrolmentCode(server)))
                    .isInstanceOfSatisfying(SyncException.class,
                            e -> assertThat(e.problem()).isEqualTo(SyncProblem.UNTRUSTED_SERVER))
                    .hasMessageContaining("not trusted");
        }
    }
}
