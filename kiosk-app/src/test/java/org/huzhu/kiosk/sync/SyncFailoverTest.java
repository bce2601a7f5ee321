package org.huzhu.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.SamplePayloads;
import org.huzhu.server.app.HuzhuServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk given the addresses of a server's two nodes (issue 16): two real reference servers on loopback sharing one
 * database and one server key, as a city's nodes share theirs. A node that cannot be reached is passed over; a node
 * stopped while the kiosk syncs loses and duplicates nothing.
 */
class SyncFailoverTest {

    private static final Actor RESIDENT = new Actor("cd".repeat(32), SignInMethod.CARD);
    private static final Backoff FAST = new Backoff(Duration.ofMillis(20), Duration.ofMillis(200));

    @TempDir
    Path folder;

    private HuzhuServer nodeA;
    private HuzhuServer nodeB;
    private OpenJournal journal;

    @BeforeEach
    void kioskEnrolledThroughNodeA() throws Exception {
        nodeA = TestServers.start(folder.resolve("server"), 0);
        nodeB = TestServers.start(folder.resolve("server"), 0);
        journal = TestJournals.open(TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 8),
                SignatureSuites.ED25519_SHA256);
        try (Synchronizer enrolling = new Synchronizer(journal, Clock.systemUTC())) {
            enrolling.enrol(TestServers.url(nodeA), TestServers.enrolmentCode(nodeA));
        }
    }

    @AfterEach
    void stop() throws Exception {
        journal.close();
        nodeA.close();
        nodeB.close();
    }

    @Test
    void anAddressNobodyAnswersIsPassedOverAndTheNodeThatAnsweredIsKept() throws Exception {
        ServerAddresses servers = new ServerAddresses(List.of(deadAddress(), TestServers.url(nodeB)));
        try (SyncClient client = new SyncClient(servers, journal.journal()::identity, Clock.systemUTC(),
                java.util.Optional.empty())) {
            assertThat(client.kioskStatus().head().sequence()).isZero();
            assertThat(client.server()).isEqualTo(TestServers.url(nodeB));
        }
        try (Synchronizer synchronizer = new Synchronizer(journal, Clock.systemUTC())) {
            Synchronizer.Round round = synchronizer.syncOnce(servers, 100);
            assertThat(round.delivery().pending()).isZero();
            assertThat(round.delivery().accepted() + round.delivery().rejected()).isEqualTo(8);
        }
        assertThat(storedSequences()).containsExactlyElementsOf(sequences(8));
    }

    @Test
    void aNodeStoppedWhileTheKioskSyncsLosesAndDuplicatesNothing() throws Exception {
        ServerAddresses servers = new ServerAddresses(List.of(TestServers.url(nodeA), TestServers.url(nodeB)));
        SplittableRandom random = new SplittableRandom(11);
        try (SyncService service = SyncService.start(new Synchronizer(journal, Clock.systemUTC()),
                new SyncService.Settings(servers, 2, Duration.ofMillis(50), FAST), new SplittableRandom(1))) {
            for (int i = 0; i < 24; i++) {
                journal.journal().append(SamplePayloads.mixed(i, random), RESIDENT, BusinessChange.NONE);
                service.nudge();
                if (i == 8) {
                    nodeA.close(); // mid-run: batches in flight to it fail over to node B
                }
                Thread.sleep(10);
            }
            Await.until("every transaction delivered", () -> service.status().pending() == 0);
            assertThat(service.status().failing()).isFalse();
        }
        assertThat(storedSequences()).as("each transaction once, none lost").containsExactlyElementsOf(sequences(32));
    }

    /** The sequences node B's database holds from this kiosk, in order, duplicates included. */
    private List<Long> storedSequences() throws Exception {
        String kioskId = journal.journal().identity().kioskId();
        return nodeB.database().inTransaction(connection -> {
            try (var statement = connection.prepareStatement(
                    "SELECT sequence FROM transaction_record WHERE kiosk_id = ? ORDER BY sequence")) {
                statement.setString(1, kioskId);
                try (var rows = statement.executeQuery()) {
                    List<Long> sequences = new ArrayList<>();
                    while (rows.next()) {
                        sequences.add(rows.getLong(1));
                    }
                    return sequences;
                }
            }
        });
    }

    private static List<Long> sequences(int count) {
        return java.util.stream.LongStream.rangeClosed(1, count).boxed().toList();
    }

    /** A loopback address with nothing listening: a node that is down. */
    private static URI deadAddress() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
