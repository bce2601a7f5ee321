package org.huzhu.kiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.SamplePayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JournalTest {

    private static final Actor RESIDENT = new Actor("cd".repeat(32), SignInMethod.CARD);
    /** A first screen already shown: the key loads at once. */
    private static final java.util.concurrent.CompletionStage<Void> NOW =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    @TempDir
    Path folder;

    static List<SignatureSuite> suites() {
        return SignatureSuites.ALL;
    }

    @ParameterizedTest
    @MethodSource("suites")
    void appendsAreNumberedWithoutGapsAndQueuedPending(SignatureSuite suite) throws Exception {
        Path file = folder.resolve("kiosk.db");
        List<Long> sequences = new ArrayList<>();
        try (OpenJournal open = TestJournals.open(file, suite)) {
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < 12; i++) {
                sequences.add(open.journal().append(SamplePayloads.mixed(i, random), RESIDENT, BusinessChange.NONE)
                        .sequence());
            }
            assertThat(open.outbox().counts().get(Outbox.State.PENDING)).isEqualTo(12);
        }

        assertThat(sequences).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(JournalVerifier.verify(file)).isInstanceOfSatisfying(JournalVerifier.Intact.class, intact -> {
            assertThat(intact.count()).isEqualTo(12);
            assertThat(intact.suite()).isEqualTo(suite.id());
        });
    }

    @Test
    void reopenedJournalContinuesTheChain() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 5);

        try (OpenJournal open = TestJournals.open(file, SignatureSuites.ED25519_SHA256)) {
            assertThat(open.journal().headSequence()).isEqualTo(5);
            Transaction next = open.journal().append(SamplePayloads.mixed(0, new SplittableRandom(2)), RESIDENT,
                    BusinessChange.NONE);
            assertThat(next.sequence()).isEqualTo(6);
        }
        assertThat(JournalVerifier.verify(file)).isInstanceOfSatisfying(JournalVerifier.Intact.class,
                intact -> assertThat(intact.count()).isEqualTo(6));
    }

    @Test
    void businessChangeAndJournalRowCommitTogetherOrNotAtAll() throws Exception {
        Path file = folder.resolve("kiosk.db");
        try (OpenJournal open = TestJournals.open(file, SignatureSuites.ED25519_SHA256)) {
            open.database().inTransaction(c -> c.createStatement().executeUpdate("CREATE TABLE scratch (id TEXT)"));
            SplittableRandom random = new SplittableRandom(3);

            open.journal().append(SamplePayloads.mixed(0, random), RESIDENT, (c, sequence) -> insertRow(c, "kept"));
            assertThatThrownBy(() -> open.journal().append(SamplePayloads.mixed(1, random), RESIDENT, (c, sequence) -> {
                insertRow(c, "lost");
                throw new SQLException("disk says no");
            })).isInstanceOf(JournalException.class).hasMessageContaining("not recorded: disk says no");
            Transaction after = open.journal().append(SamplePayloads.mixed(2, random), RESIDENT, BusinessChange.NONE);

            assertThat(after.sequence()).as("no gap after a failed append").isEqualTo(2);
            List<String> kept = open.database().inTransaction(c -> {
                List<String> ids = new ArrayList<>();
                try (ResultSet rows = c.createStatement().executeQuery("SELECT id FROM scratch")) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
                return ids;
            });
            assertThat(kept).containsExactly("kept");
        }
        assertThat(JournalVerifier.verify(file)).isInstanceOf(JournalVerifier.Intact.class);
    }

    @Test
    void aRecordOfSeveralStepsCommitsAllWithConsecutiveSequencesOrNone() throws Exception {
        Path file = folder.resolve("kiosk.db");
        try (OpenJournal open = TestJournals.open(file, SignatureSuites.ED25519_SHA256)) {
            open.database().inTransaction(c -> c.createStatement().executeUpdate("CREATE TABLE scratch (id TEXT)"));
            SplittableRandom random = new SplittableRandom(4);
            open.journal().append(SamplePayloads.mixed(0, random), RESIDENT, BusinessChange.NONE);

            List<Transaction> both = open.journal().record(List.of(
                    new Journal.Step(SamplePayloads.mixed(1, random), (c, sequence) -> insertRow(c, "first@" + sequence)),
                    new Journal.Step(SamplePayloads.mixed(2, random), (c, sequence) -> insertRow(c, "second@" + sequence))),
                    RESIDENT);
            assertThatThrownBy(() -> open.journal().record(List.of(
                    new Journal.Step(SamplePayloads.mixed(3, random), (c, sequence) -> insertRow(c, "lost@" + sequence)),
                    new Journal.Step(SamplePayloads.mixed(4, random), (c, sequence) -> {
                        throw new SQLException("slot is full");
                    })), RESIDENT)).isInstanceOf(JournalException.class).hasMessageContaining("slot is full");
            Transaction after = open.journal().append(SamplePayloads.mixed(5, random), RESIDENT, BusinessChange.NONE);

            assertThat(both).extracting(Transaction::sequence).containsExactly(2L, 3L);
            assertThat(after.sequence()).as("the failed record took no sequence number").isEqualTo(4);
            List<String> rows = open.database().inTransaction(c -> {
                List<String> ids = new ArrayList<>();
                try (ResultSet result = c.createStatement().executeQuery("SELECT id FROM scratch ORDER BY id")) {
                    while (result.next()) {
                        ids.add(result.getString(1));
                    }
                }
                return ids;
            });
            assertThat(rows).as("each change saw its own sequence; the failed record left nothing")
                    .containsExactly("first@2", "second@3");
        }
        assertThat(JournalVerifier.verify(file)).isInstanceOf(JournalVerifier.Intact.class);
    }

    @Test
    void concurrentAppendsShareCommitsWithoutGapsOrDuplicates() throws Exception {
        Path file = folder.resolve("kiosk.db");
        int threads = 8;
        int each = 60;
        java.util.Set<Long> sequences = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (OpenJournal open = TestJournals.open(file, SignatureSuites.ED25519_SHA256);
                var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom();
                    for (int i = 0; i < each; i++) {
                        sequences.add(open.journal().append(SamplePayloads.mixed(i, random), RESIDENT,
                                BusinessChange.NONE).sequence());
                    }
                    return null;
                }));
            }
            for (var future : futures) {
                future.get();
            }
            assertThat(open.journal().headSequence()).isEqualTo(threads * each);
        }
        assertThat(sequences).hasSize(threads * each).allMatch(s -> s >= 1 && s <= threads * each);
        assertThat(JournalVerifier.verify(file)).isInstanceOfSatisfying(JournalVerifier.Intact.class,
                intact -> assertThat(intact.count()).isEqualTo(threads * each));
    }

    @Test
    void aFailingChangeInAGroupFailsAloneAndTakesNoNumber() throws Exception {
        Path file = folder.resolve("kiosk.db");
        try (OpenJournal open = TestJournals.open(file, SignatureSuites.ED25519_SHA256)) {
            var release = new java.util.concurrent.CountDownLatch(1);
            SplittableRandom random = new SplittableRandom(5);
            // The first append holds the writer, so the next three queue up and are committed as one group.
            var first = holdTheWriter(open.journal(), SamplePayloads.mixed(0, random), release);
            var second = open.journal().appendAsync(SamplePayloads.mixed(1, random), RESIDENT, BusinessChange.NONE);
            var failing = open.journal().appendAsync(SamplePayloads.mixed(2, random), RESIDENT, (c, sequence) -> {
                throw new SQLException("constraint says no");
            });
            var fourth = open.journal().appendAsync(SamplePayloads.mixed(3, random), RESIDENT, BusinessChange.NONE);
            release.countDown();

            assertThat(first.get().sequence()).isEqualTo(1);
            assertThat(second.get().sequence()).isEqualTo(2);
            assertThatThrownBy(failing::get).hasCauseInstanceOf(JournalException.class)
                    .hasMessageContaining("constraint says no");
            assertThat(fourth.get().sequence()).isEqualTo(3);
        }
        assertThat(JournalVerifier.verify(file)).isInstanceOfSatisfying(JournalVerifier.Intact.class,
                intact -> assertThat(intact.count()).isEqualTo(3));
    }

    @Test
    void closingFinishesQueuedAppendsAndRefusesNewOnes() throws Exception {
        Path file = folder.resolve("kiosk.db");
        List<java.util.concurrent.CompletableFuture<Transaction>> queued = new ArrayList<>();
        OpenJournal open = TestJournals.open(file, SignatureSuites.ED25519_SHA256);
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 100; i++) {
            queued.add(open.journal().appendAsync(SamplePayloads.mixed(i, random), RESIDENT, BusinessChange.NONE));
        }
        open.close();

        assertThat(queued).allMatch(future -> future.isDone() && !future.isCompletedExceptionally());
        assertThat(open.journal().appendAsync(SamplePayloads.mixed(0, random), RESIDENT, BusinessChange.NONE))
                .isCompletedExceptionally();
        assertThat(JournalVerifier.verify(file)).isInstanceOfSatisfying(JournalVerifier.Intact.class,
                intact -> assertThat(intact.count()).isEqualTo(100));
    }

    @Test
    void anErrorInTheWriterFailsEveryWaitingCallerInsteadOfHangingAndCommitsNothing() throws Exception {
        Path file = folder.resolve("kiosk.db");
        try (OpenJournal open = TestJournals.open(file, SignatureSuites.ED25519_SHA256)) {
            var release = new java.util.concurrent.CountDownLatch(1);
            SplittableRandom random = new SplittableRandom(8);
            var held = holdTheWriter(open.journal(), SamplePayloads.mixed(0, random), release);
            var before = open.journal().appendAsync(SamplePayloads.mixed(1, random), RESIDENT, BusinessChange.NONE);
            var fatal = open.journal().appendAsync(SamplePayloads.mixed(2, random), RESIDENT, (c, sequence) -> {
                throw new AssertionError("simulated fatal error");
            });
            var queuedBehind = open.journal().appendAsync(SamplePayloads.mixed(3, random), RESIDENT, BusinessChange.NONE);
            release.countDown();

            assertThat(held.get().sequence()).isEqualTo(1);
            for (var failed : List.of(before, fatal)) {
                assertThatThrownBy(() -> failed.get(10, java.util.concurrent.TimeUnit.SECONDS))
                        .hasCauseInstanceOf(JournalException.class).hasMessageContaining("writer has stopped");
            }
            assertThatThrownBy(() -> queuedBehind.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .hasCauseInstanceOf(JournalException.class);
            assertThatThrownBy(() -> open.journal().append(SamplePayloads.mixed(4, random), RESIDENT,
                    BusinessChange.NONE)).isInstanceOf(JournalException.class);
        }
        assertThat(JournalVerifier.verify(file)).as("the group with the error was rolled back, not half committed")
                .isInstanceOfSatisfying(JournalVerifier.Intact.class, intact -> assertThat(intact.count()).isEqualTo(1));
    }

    /**
     * Appends {@code payload} with a business change that blocks until {@code release}, and returns once the writer is
     * inside it: the writer then works on a group of this append alone, and whatever is appended next waits in the
     * queue and forms the following group.
     */
    private static java.util.concurrent.CompletableFuture<Transaction> holdTheWriter(Journal journal,
            org.huzhu.protocol.payload.Payload payload, java.util.concurrent.CountDownLatch release) throws Exception {
        var entered = new java.util.concurrent.CountDownLatch(1);
        var held = journal.appendAsync(payload, RESIDENT, (c, sequence) -> {
            entered.countDown();
            await(release);
        });
        assertThat(entered.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("writer inside the held append").isTrue();
        return held;
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void databaseOfAnotherKioskIsRefused() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 1);
        Files.delete(OpenJournal.keyStoreFor(file)); // a new key: another kiosk

        assertThatThrownBy(() -> TestJournals.open(file, SignatureSuites.ED25519_SHA256))
                .isInstanceOf(JournalException.class).hasMessageContaining("holds the journal of kiosk K-");
    }

    @Test
    void appendsWaitForTheKeyWhileItLoadsAndAreSignedWithIt() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 1);
        var firstScreen = new java.util.concurrent.CompletableFuture<Void>();
        try (OpenJournal open = OpenJournal.openWhileKeyLoads(file, TestJournals.PASSPHRASE.toCharArray(),
                SignatureSuites.ED25519_SHA256, java.time.Clock.systemUTC(), firstScreen)) {
            var queued = open.journal().appendAsync(SamplePayloads.mixed(1, new SplittableRandom(3)), RESIDENT,
                    BusinessChange.NONE);
            assertThat(queued).as("no key is loaded before the first screen").isNotDone();

            firstScreen.complete(null);
            Transaction recorded = queued.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(recorded.sequence()).isEqualTo(2);
            assertThat(recorded.body().kioskId()).isEqualTo(open.journal().awaitIdentity().kioskId());
            assertThat(JournalVerifier.verify(file)).isInstanceOfSatisfying(JournalVerifier.Intact.class,
                    intact -> assertThat(intact.count()).isEqualTo(2));
        }
    }

    @Test
    void closingAtOnceOnAFirstStartStillLeavesTheNewKeyBoundToTheJournal() throws Exception {
        Path file = folder.resolve("first-start.db");
        OpenJournal.openWhileKeyLoads(file, TestJournals.PASSPHRASE.toCharArray(), SignatureSuites.ED25519_SHA256,
                java.time.Clock.systemUTC(), NOW).close();

        try (OpenJournal reopened = TestJournals.open(file, SignatureSuites.ED25519_SHA256)) {
            assertThat(reopened.journal().awaitIdentity().kioskId()).startsWith("K-");
        }
        assertThat(JournalVerifier.verify(file)).isInstanceOf(JournalVerifier.Intact.class);
    }

    @Test
    void aKeyThatCannotOpenAfterTheJournalDidFailsEveryAppendInPlainWords() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 1);
        try (OpenJournal open = OpenJournal.openWhileKeyLoads(file, "not the passphrase".toCharArray(),
                SignatureSuites.ED25519_SHA256, java.time.Clock.systemUTC(), NOW)) {
            var queued = open.journal().appendAsync(SamplePayloads.mixed(1, new SplittableRandom(3)), RESIDENT,
                    BusinessChange.NONE);

            assertThatThrownBy(() -> open.journal().awaitIdentity())
                    .isInstanceOf(org.huzhu.kiosk.identity.KeyStoreException.class)
                    .hasMessageContaining("the passphrase does not open it");
            assertThatThrownBy(() -> open.journal().identity()).isInstanceOf(KeyUnavailableException.class);
            assertThatThrownBy(() -> queued.get(30, java.util.concurrent.TimeUnit.SECONDS))
                    .hasCauseInstanceOf(JournalException.class).hasMessageContaining("the passphrase does not open it");
            assertThat(open.journal().headSequence()).isEqualTo(1);
        }
    }

    @Test
    void anotherKiosksDatabaseFoundOnceTheKeyLoadedIsRefused() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 1);
        Files.delete(OpenJournal.keyStoreFor(file)); // a new key: another kiosk
        try (OpenJournal open = OpenJournal.openWhileKeyLoads(file, TestJournals.PASSPHRASE.toCharArray(),
                SignatureSuites.ED25519_SHA256, java.time.Clock.systemUTC(), NOW)) {
            assertThatThrownBy(() -> open.journal().awaitIdentity()).isInstanceOf(JournalException.class)
                    .hasMessageContaining("holds the journal of kiosk K-");
        }
    }

    @Test
    void journalIsAppendOnlyEvenForOurOwnCode() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 2);
        try (OpenJournal open = TestJournals.open(file, SignatureSuites.ED25519_SHA256)) {
            assertThatThrownBy(() -> open.database().inTransaction(c -> c.createStatement()
                    .executeUpdate("DELETE FROM journal WHERE sequence = 2")))
                    .isInstanceOf(StorageException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void databaseAndKeyStoreAreReadableByTheOwnerOnly() throws Exception {
        Path file = TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 1);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(OpenJournal.keyStoreFor(file))))
                .isEqualTo("rw-------");
        assertThat(OpenJournal.keyStoreFor(file).getFileName()).hasToString("kiosk-key.p12");
    }

    private static void insertRow(java.sql.Connection connection, String id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scratch (id) VALUES (?)")) {
            insert.setString(1, id);
            insert.executeUpdate();
        }
    }
}
