package org.huzhu.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.journal.Outbox;
import org.huzhu.kiosk.journal.TestJournals;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.BookingCreated;
import org.huzhu.protocol.sync.Snapshot;
import org.huzhu.server.app.HuzhuServer;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.testsupport.RunningServer;
import org.huzhu.server.testsupport.TestKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background sync service against the real reference server on loopback, with a real kiosk journal. */
class SyncServiceTest {

    /** Short, so the tests see several retries; the interval is long, so only the start and nudges cause rounds. */
    private static final Backoff FAST = new Backoff(Duration.ofMillis(20), Duration.ofMillis(300));
    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path folder;

    private HuzhuServer server;
    private URI url;
    private OpenJournal journal;
    private SyncService service;
    private final List<Timed> statuses = new CopyOnWriteArrayList<>();

    private record Timed(long nanos, SyncStatus status) {
    }

    @BeforeEach
    void enrolledKiosk() throws Exception {
        server = TestServers.start(folder.resolve("server"), 0);
        url = TestServers.url(server);
        journal = TestJournals.open(TestJournals.withTransactions(folder, SignatureSuites.ED25519_SHA256, 8),
                SignatureSuites.ED25519_SHA256);
        try (Synchronizer enrolling = new Synchronizer(journal, Clock.systemUTC())) {
            enrolling.enrol(url, TestServers.enrolmentCode(server));
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        journal.close();
        server.close();
    }

    @Test
    void aTransactionAppendedWhileRunningIsAcceptedWithoutDrainingByHand() throws Exception {
        start();
        Await.until("the first round, at start", () -> service.status().pending() == 0
                && service.status().lastSuccess().isPresent());
        SnapshotState first = new SnapshotStore(journal.database()).read();
        assertThat(first.version()).as("the snapshot was pulled after the drain").isPositive();
        assertThat(first.coversSequence()).isEqualTo(8);

        Transaction booking = appendBookingOfTheFirstSlot();
        service.nudge();

        Await.until("the nudged round", () -> state(booking.sequence()) == Outbox.State.ACCEPTED);
        Await.until("the snapshot after it", () -> snapshot().coversSequence() == booking.sequence());
        assertThat(snapshot().version()).isGreaterThan(first.version());
        assertThat(service.status().failing()).isFalse();

        // Only what changed since the first snapshot travels: the booked slot, nothing of the catalogue.
        try (SyncClient client = new SyncClient(url, journal.journal().identity(), Clock.systemUTC())) {
            Snapshot changes = client.snapshot(first.version());
            assertThat(changes.services()).isEmpty();
            assertThat(changes.slots()).singleElement().satisfies(slot -> assertThat(slot.booked()).isEqualTo(1));
        }
    }

    @Test
    void aStoppedServerMeansBackoffAndAFailingStatusThenRecovery() throws Exception {
        start();
        Await.until("the first round", () -> service.status().lastSuccess().isPresent() && !service.status().failing());
        int port = server.port();
        server.close();

        Transaction booking = appendBookingOfTheFirstSlot();
        service.nudge();
        Await.until("failing", () -> service.status().problem().filter(SyncProblem.UNREACHABLE::equals).isPresent());
        Await.until("a few retries", () -> failures() >= 3);
        assertThat(service.status().pending()).isEqualTo(1);
        assertThat(service.status().reasonKey()).contains("sync.problem.unreachable");

        server = TestServers.start(folder.resolve("server"), port);
        Await.until("recovered", () -> !service.status().failing() && service.status().pending() == 0);
        assertThat(state(booking.sequence())).isEqualTo(Outbox.State.ACCEPTED);
    }

    @Test
    void aFailureRetryingCannotFixIsRetriedAtTheCap() throws Exception {
        new Enrolment(server.database(), Clock.systemUTC()).revoke(journal.journal().identity().kioskId());

        start();
        Await.until("three refusals", () -> failures() >= 3);

        assertThat(service.status().problem()).contains(SyncProblem.NEEDS_STAFF);
        List<Long> failed = statuses.stream().filter(t -> t.status().failing()).map(Timed::nanos).toList();
        for (int i = 1; i < 3; i++) {
            assertThat(Duration.ofNanos(failed.get(i) - failed.get(i - 1)))
                    .as("wait before refusal %d", i + 1).isGreaterThanOrEqualTo(FAST.cap().minusMillis(20));
        }
    }

    @Test
    void closeStopsPromptlyAndTheStatusSurvivesARestart() throws Exception {
        start();
        Await.until("the first round", () -> service.status().lastSuccess().isPresent());
        Instant lastSuccess = service.status().lastSuccess().orElseThrow();

        long before = System.nanoTime();
        service.close();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));

        server.close();
        start();
        assertThat(service.status().lastSuccess()).as("read from the database at start").contains(lastSuccess);
    }

    private void start() throws Exception {
        service = SyncService.start(new Synchronizer(journal, Clock.systemUTC()),
                new SyncService.Settings(ServerAddresses.of(url), 3, NEVER, FAST), new SplittableRandom(1));
        service.addListener(status -> statuses.add(new Timed(System.nanoTime(), status)));
    }

    private long failures() {
        return statuses.stream().filter(t -> t.status().failing()).count();
    }

    /** A booking of the first slot the snapshot brought, made for a resident by the test social worker. */
    private Transaction appendBookingOfTheFirstSlot() throws Exception {
        String[] slot = journal.database().inTransaction(connection -> {
            try (var row = connection.createStatement().executeQuery(
                    "SELECT id, service_code, starts_at FROM slot ORDER BY starts_at, id LIMIT 1")) {
                row.next();
                return new String[] {row.getString(1), row.getString(2), row.getString(3)};
            }
        });
        return journal.journal().recordAuthorised(List.of(new Journal.Step(new BookingCreated(UUID.randomUUID(),
                UUID.randomUUID(), slot[1], UUID.fromString(slot[0]), Instant.parse(slot[2]), 0, 0),
                BusinessChange.NONE)), TestKiosk.STAFF, RunningServer.SOCIAL_WORKER::authorise).getFirst();
    }

    private SnapshotState snapshot() throws Exception {
        return new SnapshotStore(journal.database()).read();
    }

    private Outbox.State state(long sequence) throws Exception {
        return journal.database().inTransaction(connection -> {
            try (var statement = connection.prepareStatement("SELECT state FROM outbox WHERE sequence = ?")) {
                statement.setLong(1, sequence);
                try (var row = statement.executeQuery()) {
                    row.next();
                    return Outbox.State.valueOf(row.getString(1).toUpperCase(Locale.ROOT));
                }
            }
        });
    }
}
