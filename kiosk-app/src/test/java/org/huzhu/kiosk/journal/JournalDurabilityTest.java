package org.huzhu.kiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.huzhu.kiosk.testsupport.ChildJvm;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk process killed with SIGKILL at random moments, 30 times, on the same database: every transaction it
 * reported as committed is still there, the chain verifies, and there is no gap.
 */
@Tag("slow")
class JournalDurabilityTest {

    private static final int KILLS = 30;

    @TempDir
    Path folder;

    @Test
    void sigkillNeverLosesACommittedTransactionNorLeavesAGap() throws Exception {
        Path database = folder.resolve("kiosk.db");
        Path stderr = folder.resolve("appender-stderr.txt");
        NavigableSet<Long> reported = new ConcurrentSkipListSet<>();
        Random random = new Random(20261123);
        int killedWhileAppending = 0;

        for (int round = 0; round < KILLS; round++) {
            Process child = new ChildJvm().jvmArgs("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                    .start(stderr, JournalAppender.class.getName(), database.toString());
            CountDownLatch firstCommit = new CountDownLatch(1);
            Thread reader = Thread.ofVirtual().start(() -> collect(child, reported, firstCommit));
            // One round in five is killed blind (during start-up, key creation or migration); the rest after the
            // first commit, at a random moment among the appends.
            if (round % 5 == 0) {
                Thread.sleep(random.nextInt(1200));
            } else {
                boolean committed = firstCommit.await(30, TimeUnit.SECONDS);
                if (!committed) {
                    child.toHandle().destroyForcibly();
                }
                assertThat(committed).as("round %d: child committed; its stderr:%n%s", round, Files.readString(stderr))
                        .isTrue();
                Thread.sleep(random.nextInt(150));
                killedWhileAppending++;
            }
            // SIGKILL: no shutdown hook, no flush, no close. Through the handle, so our end of the pipe stays open
            // and every line the child wrote before dying is still read.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(Files.readString(stderr)).doesNotContain("Exception");
        assertThat(killedWhileAppending).isEqualTo(KILLS - KILLS / 5);
        assertThat(reported).hasSizeGreaterThan(KILLS);
        JournalVerifier.Result result = JournalVerifier.verify(database);
        assertThat(result).isInstanceOf(JournalVerifier.Intact.class);
        long count = ((JournalVerifier.Intact) result).count();
        assertThat(count).as("every reported commit is in the journal").isGreaterThanOrEqualTo(reported.last());
        assertThat(reported.first()).isGreaterThanOrEqualTo(1);
        try (OpenJournal reopened = TestJournals.open(database, SignatureSuites.ED25519_SHA256)) {
            assertThat(reopened.journal().headSequence()).isEqualTo(count);
            assertThat(reopened.outbox().counts().get(Outbox.State.PENDING)).as("an outbox row for each").isEqualTo(count);
        }
        assertThat(Collections.unmodifiableSet(reported)).allMatch(sequence -> sequence <= count);
    }

    private static void collect(Process child, NavigableSet<Long> reported, CountDownLatch firstCommit) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("committed ")) {
                    reported.add(Long.parseLong(line.substring("committed ".length())));
                    firstCommit.countDown();
                }
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
