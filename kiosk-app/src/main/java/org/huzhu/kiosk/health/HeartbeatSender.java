package org.huzhu.kiosk.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.huzhu.kiosk.sync.SyncClient;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.protocol.sync.Heartbeat;
import org.huzhu.protocol.sync.HeartbeatAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the kiosk's heartbeat to its server every {@code interval} on its own daemon thread ({@code heartbeat}), the
 * first a few seconds after start: the latest health report's states (no reasons, nothing about residents), the app
 * version, the unsynced transaction count and the kiosk's clock, signed like every kiosk request. The server's clock
 * in the answer goes to {@link ServerClock} for the clock check. A heartbeat that fails is only logged: sync reports
 * the network's troubles, and the next one tries again. Owns its client and closes it.
 */
public final class HeartbeatSender implements AutoCloseable {

    static final Duration FIRST_AFTER = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatSender.class);

    private final SyncClient client;
    private final HealthMonitor health;
    private final LongSupplier unsynced;
    private final ServerClock serverClock;
    private final Clock clock;
    private final String appVersion;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("heartbeat").daemon().factory());
    private volatile boolean failing;

    /** @param unsynced the outbox's unanswered transactions now (may block briefly: it runs on the heartbeat thread) */
    public HeartbeatSender(SyncClient client, HealthMonitor health, LongSupplier unsynced, ServerClock serverClock,
            Clock clock, String appVersion) {
        this.client = client;
        this.health = health;
        this.unsynced = unsynced;
        this.serverClock = serverClock;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    public void start(Duration interval) {
        thread.scheduleWithFixedDelay(this::sendQuietly, FIRST_AFTER.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The heartbeat for {@code report} as it goes on the wire. */
    static Heartbeat heartbeatOf(HealthReport report, String appVersion, long unsynced, Instant kioskTime) {
        List<Heartbeat.Check> checks = report.results().stream()
                .map(result -> new Heartbeat.Check(result.kind().tag(), result.state().tag())).toList();
        return new Heartbeat(kioskTime, appVersion, Math.max(0, unsynced), report.overall().tag(), checks);
    }

    /** Sends one heartbeat now (blocking: the network); empty if no health round has run yet. */
    public Optional<HeartbeatAnswer> send() throws SyncException {
        Optional<HealthReport> report = health.latest();
        if (report.isEmpty()) {
            return Optional.empty();
        }
        HeartbeatAnswer answer = client.heartbeat(heartbeatOf(report.get(), appVersion, unsynced.getAsLong(),
                clock.instant()));
        serverClock.record(answer.serverTime(), clock.instant());
        return Optional.of(answer);
    }

    private void sendQuietly() {
        try {
            send();
            if (failing) {
                LOG.info("Heartbeats reach the server again");
            }
            failing = false;
        } catch (SyncException e) {
            if (!failing) {
                LOG.warn("Heartbeat not delivered: {}", e.getMessage());
            }
            failing = true;
        } catch (RuntimeException e) {
            // A bug must not end the thread: the fleet view would call a working kiosk silent.
            LOG.error("Heartbeat failed unexpectedly", e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        client.close();
    }
}
