package org.huzhu.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.ResidentEnrolled;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.app.HuzhuServer;
import org.huzhu.server.app.Stats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server restored from an older backup, and the kiosk's way out (docs/protocol.md §6): before, it refuses every
 * snapshot and its batches stop at a gap for good; after staff start it over, it sends what the server lost and
 * takes the restored server's snapshot whole.
 */
class StartOverTest {

    @TempDir
    Path folder;

    @Test
    void aKioskStartsOverWithAServerRestoredFromAnOlderBackupAndSendsWhatTheServerLost() throws Exception {
        Path serverFolder = folder.resolve("server");
        Path backup = folder.resolve("backup");
        Files.createDirectories(serverFolder);
        SplittableRandom random = new SplittableRandom(12);
        HuzhuServer server = TestServers.start(serverFolder, 0);
        try (OpenJournal kiosk = TestJournals.open(TestJournals.withTransactions(folder.resolve("kiosk"),
                SignatureSuites.ED25519_SHA256, 3), SignatureSuites.ED25519_SHA256)) {
            Synchronizer synchronizer = new Synchronizer(kiosk, Clock.systemUTC());
            synchronizer.enrol(TestServers.url(server), TestServers.enrolmentCode(server));
            synchronizer.syncOnce(ServerAddresses.of(TestServers.url(server)), 100);
            server.close();
            copyFiles(serverFolder, backup); // the nightly backup, taken while the server is stopped
            server = TestServers.start(serverFolder, 0);
            append(kiosk, 3, random);
            synchronizer.syncOnce(ServerAddresses.of(TestServers.url(server)), 100);
            server.close();
            copyFiles(backup, serverFolder); // the disk died; the operator restores last night's copy
            server = TestServers.start(serverFolder, 0);
            append(kiosk, 1, random);
            URI restored = TestServers.url(server);

            SyncException refused = catchThrowableOfType(SyncException.class,
                    () -> synchronizer.pullSnapshot(ServerAddresses.of(restored)));
            SyncException gap = catchThrowableOfType(SyncException.class, () -> synchronizer.drainOnce(ServerAddresses.of(restored), 100));
            int requeued = synchronizer.startOver(ServerAddresses.of(restored));
            Synchronizer.Round round = synchronizer.syncOnce(ServerAddresses.of(restored), 100);

            assertThat(refused.problem()).as("the restored server's snapshot is older").isEqualTo(
                    SyncProblem.NEEDS_STAFF);
            assertThat(gap.getMessage()).contains("sequence-gap");
            assertThat(requeued).as("the 3 the server lost and the 1 it never had").isEqualTo(4);
            assertThat(round.delivery().accepted() + round.delivery().rejected()).isEqualTo(4);
            assertThat(round.delivery().pending()).isZero();
            assertThat(round.snapshot().version()).isEqualTo(new SnapshotStore(kiosk.database()).read().version());
            try (SyncClient client = new SyncClient(restored, kiosk.journal().identity(),
                    Clock.systemUTC())) {
                assertThat(client.kioskStatus().head().sequence()).isEqualTo(7);
            }
            Stats stats = Stats.read(server.database(), LedgerLimits.DEFAULT);
            assertThat(stats.accepted() + stats.rejected()).isEqualTo(7);
            assertThat(stats.ledgerSum()).isZero();
        } finally {
            server.close();
        }
    }

    @Test
    void aServerWhoseHeadIsNotInThisJournalChangesNothing() throws Exception {
        Files.createDirectories(folder.resolve("server"));
        HuzhuServer server = TestServers.start(folder.resolve("server"), 0);
        try (OpenJournal kiosk = TestJournals.open(TestJournals.withTransactions(folder.resolve("kiosk"),
                SignatureSuites.ED25519_SHA256, 2), SignatureSuites.ED25519_SHA256)) {
            Synchronizer synchronizer = new Synchronizer(kiosk, Clock.systemUTC());
            synchronizer.enrol(TestServers.url(server), TestServers.enrolmentCode(server));
            synchronizer.syncOnce(ServerAddresses.of(TestServers.url(server)), 100);
            // The journal is restored from an old copy of its own: the server holds more than it does.
            try (var tamper = TestJournals.tamper(kiosk.database().file())) {
                tamper.createStatement().executeUpdate("DELETE FROM outbox WHERE sequence = 2");
                tamper.createStatement().executeUpdate("DELETE FROM journal WHERE sequence = 2");
            }

            SyncException refused = catchThrowableOfType(SyncException.class,
                    () -> synchronizer.startOver(ServerAddresses.of(TestServers.url(server))));

            assertThat(refused.problem()).isEqualTo(SyncProblem.NEEDS_STAFF);
            assertThat(refused.getMessage()).contains("not this journal's");
            assertThat(synchronizer.pendingCount()).isZero();
        } finally {
            server.close();
        }
    }

    /** Staff enrol {@code count} residents: accepted, so each moves the server's snapshot version on. */
    private static void append(OpenJournal kiosk, int count, SplittableRandom random) throws Exception {
        for (int i = 0; i < count; i++) {
            UUID resident = new UUID(random.nextLong(), random.nextLong());
            byte[] pseudonym = new byte[32];
            random.nextBytes(pseudonym);
            String card = HexFormat.of().formatHex(pseudonym);
            kiosk.journal().recordAuthorised(List.of(new Journal.Step(new ResidentEnrolled(resident, card, card,
                    "居民 " + i), BusinessChange.NONE)), Actor.SYSTEM, RunningServer.SOCIAL_WORKER::authorise);
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(to)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
