package org.huzhu.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.huzhu.kiosk.journal.KeyPassphrase;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.kiosk.sync.TestServers;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.ReceiptCodec;
import org.huzhu.protocol.sync.SignedReceipt;
import org.huzhu.server.app.HuzhuServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enrol} and {@code sync} against the real reference server on loopback, with a real kiosk journal. */
class SyncCommandTest {

    private static final int TRANSACTIONS = 30;

    @TempDir
    Path folder;

    private HuzhuServer server;
    private Path kioskDb;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startServerAndKiosk() throws Exception {
        server = TestServers.start(folder, 0);
        kioskDb = TestJournals.withTransactions(folder.resolve("kiosk"), SignatureSuites.ED25519_SHA256, TRANSACTIONS);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void enrolThenSyncDeliversEverythingOnceWithVerifiedReceipts() throws Exception {
        assertThat(run("enrol", "--db", kioskDb.toString(), "--server", url(), "--code", code())).as(stderr()).isZero();
        assertThat(stdout()).startsWith("enrolled kiosk K-");

        out.reset();
        assertThat(run("sync", "--db", kioskDb.toString(), "--server", url(), "--batch", "7")).as(stderr()).isZero();
        String[] counts = stdout().strip().split(" ");
        assertThat(counts[0]).isEqualTo("accepted");
        long accepted = Long.parseLong(counts[1]);
        long rejected = Long.parseLong(counts[3]);
        assertThat(accepted + rejected).isEqualTo(TRANSACTIONS);
        assertThat(rejected).as("sample actions by the kiosk itself (system actor) have nobody's authority")
                .isEqualTo(TRANSACTIONS);
        assertThat(stdout()).contains("pending 0\n").containsPattern("snapshot version [1-9][0-9]*\n$");

        out.reset();
        assertThat(run("sync", "--db", kioskDb.toString(), "--server", url())).isZero();
        assertThat(stdout()).startsWith("accepted 0 rejected 0 pending 0\nsnapshot version ");

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + kioskDb);
                ResultSet rows = db.createStatement().executeQuery("SELECT signed FROM receipt")) {
            int receipts = 0;
            while (rows.next()) {
                SignedReceipt receipt = ReceiptCodec.decode(rows.getBytes(1));
                assertThat(ReceiptCodec.verify(receipt, server.identity().publicKey())).isTrue();
                receipts++;
            }
            assertThat(receipts).as("one receipt per batch with accepted transactions").isPositive();
        }
    }

    @Test
    void wrongCodeIsRefusedPlainly() {
        assertThat(run("enrol", "--db", kioskDb.toString(), "--server", url(), "--code", "AAAA-BBBB-CCCC"))
                .isEqualTo(SyncCommand.FAILED);
        assertThat(stderr()).contains("the server refused").doesNotContain("Exception", "\tat ");
    }

    @Test
    void unreachableServerLosesNothing() throws Exception {
        assertThat(run("enrol", "--db", kioskDb.toString(), "--server", url(), "--code", code())).isZero();
        String gone = url();
        server.close();

        assertThat(run("sync", "--db", kioskDb.toString(), "--server", gone)).isEqualTo(SyncCommand.UNREACHABLE);
        assertThat(stderr()).contains("cannot be reached");

        server = TestServers.start(folder, 0);
        out.reset();
        assertThat(run("sync", "--db", kioskDb.toString(), "--server", url())).isZero();
        assertThat(stdout()).contains("pending 0\n");
    }

    @Test
    void aBadPinIsAUsageError() {
        assertThat(run("sync", "--db", kioskDb.toString(), "--server", url(), "--pin", "12:34"))
                .isEqualTo(SyncCommand.FAILED);
        assertThat(stderr()).contains("--pin must be the SHA-256 fingerprint");
    }

    @Test
    void syncBeforeEnrolmentSaysWhatToDo() {
        assertThat(run("sync", "--db", kioskDb.toString(), "--server", url())).isEqualTo(SyncCommand.FAILED);
        assertThat(stderr()).contains("not enrolled", "run enrol first");
    }

    private String code() throws Exception {
        return TestServers.enrolmentCode(server);
    }

    private String url() {
        return TestServers.url(server).toString();
    }

    private int run(String... args) {
        return new SyncCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(KeyPassphrase.ENV, TestJournals.PASSPHRASE))
                .run(List.of(args));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
