package org.huzhu.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.log.SignedTreeHead;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.server.app.HuzhuServer;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk keeps the server's transparency log honest (ADR 0024), against the real reference server on loopback: each
 * sync round keeps a newer tree head only with a proof that it holds the kept one; a server that rewrote an accepted
 * transaction in its log is caught at the next round, and sync stops with the kept head left as the evidence.
 */
class LogHeadCheckTest {

    @TempDir
    Path folder;

    private HuzhuServer server;
    private OpenJournal journal;
    private Synchronizer synchronizer;

    @BeforeEach
    void enrolledKiosk() throws Exception {
        server = TestServers.start(folder.resolve("server"), 0);
        journal = TestJournals.open(TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 2),
                SignatureSuites.ED25519_SHA256);
        synchronizer = new Synchronizer(journal, Clock.systemUTC());
        synchronizer.enrol(TestServers.url(server), TestServers.enrolmentCode(server));
    }

    @AfterEach
    void stop() throws Exception {
        synchronizer.close();
        journal.close();
        server.close();
    }

    @Test
    void eachRoundKeepsTheNewerHeadOnlyWithItsProof() throws Exception {
        LogHeadCheck heads = new LogHeadCheck(journal.database(), Clock.systemUTC());
        synchronizer.syncOnce(servers(), 100); // the first round: the catalogue, and the first head
        bookTheFirstSlot();
        synchronizer.syncOnce(servers(), 100);
        SignedTreeHead first = heads.kept().orElseThrow();
        assertThat(first.head().treeSize()).isPositive();

        bookTheFirstSlot();
        bookTheFirstSlot();
        synchronizer.syncOnce(servers(), 100);

        SignedTreeHead now = heads.kept().orElseThrow();
        assertThat(now.head().treeSize()).isEqualTo(first.head().treeSize() + 2);
        assertThat(now.head().community()).isEqualTo(first.head().community());
    }

    @Test
    void aServerThatRewroteAnAcceptedTransactionIsCaughtAndTheKeptHeadStays() throws Exception {
        bookTheFirstSlot();
        synchronizer.syncOnce(servers(), 100);
        LogHeadCheck heads = new LogHeadCheck(journal.database(), Clock.systemUTC());
        SignedTreeHead kept = heads.kept().orElseThrow();

        // The operator (or an intruder) changes the first leaf in the database, and the node starts again from it.
        int port = server.port();
        server.database().inTransaction(connection -> connection.createStatement().executeUpdate(
                "UPDATE log_leaf SET leaf_hash = '" + "00".repeat(32) + "' WHERE leaf_index = 0"));
        server.close();
        server = TestServers.start(folder.resolve("server"), port);
        bookTheFirstSlot();

        assertThatThrownBy(() -> synchronizer.syncOnce(servers(), 100)).isInstanceOfSatisfying(SyncException.class,
                e -> assertThat(e.problem()).isEqualTo(SyncProblem.LOG_INCONSISTENT))
                .hasMessageContaining("does not hold the " + kept.head().treeSize() + " it showed before");
        assertThat(heads.kept()).contains(kept);
    }

    @Test
    void startingOverWithARestoredServerForgetsTheKeptHead() throws Exception {
        bookTheFirstSlot();
        synchronizer.syncOnce(servers(), 100);
        LogHeadCheck heads = new LogHeadCheck(journal.database(), Clock.systemUTC());
        assertThat(heads.kept()).isPresent();

        synchronizer.startOver(servers());

        assertThat(heads.kept()).isEmpty();
    }

    private ServerAddresses servers() {
        return ServerAddresses.of(TestServers.url(server));
    }

    /** A booking of the first slot the snapshot brought, made for a resident by the test social worker: accepted. */
    private void bookTheFirstSlot() throws Exception {
        if (journal.database().inTransaction(connection -> {
            try (var row = connection.createStatement().executeQuery("SELECT COUNT(*) FROM slot")) {
                row.next();
                return row.getInt(1);
            }
        }) == 0) {
            synchronizer.pullSnapshot(servers());
        }
        String[] slot = journal.database().inTransaction(connection -> {
            try (var row = connection.createStatement().executeQuery(
                    "SELECT id, service_code, starts_at FROM slot ORDER BY starts_at, id LIMIT 1")) {
                row.next();
                return new String[] {row.getString(1), row.getString(2), row.getString(3)};
            }
        });
        journal.journal().recordAuthorised(List.of(new Journal.Step(new BookingCreated(UUID.randomUUID(),
                UUID.randomUUID(), slot[1], UUID.fromString(slot[0]), Instant.parse(slot[2]), 0, 0),
                BusinessChange.NONE)), TestKiosk.STAFF, RunningServer.SOCIAL_WORKER::authorise);
    }
}
