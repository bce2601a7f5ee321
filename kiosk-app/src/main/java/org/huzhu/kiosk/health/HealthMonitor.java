package org.huzhu.kiosk.health;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's one health model: runs every registered {@link HealthCheck} on its own daemon thread ({@code health})
 * every {@code interval}, and at once when {@link #checkSoon() asked} (a reader came or went), publishes each
 * {@link HealthReport} to its listeners on that thread (the UI hands it to the FX thread, ADR 0003), and keeps the
 * last {@value #HISTORY_SIZE} changes of any check's answer in memory for the maintenance screen and the diagnostics
 * bundle. Thread-safe.
 */
public final class HealthMonitor implements AutoCloseable {

    /** Every 15 s: a reader unplugged shows within that even without an event, and the checks cost milliseconds. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(15);
    static final int HISTORY_SIZE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);

    private final Clock clock;
    private final Duration interval;
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private final List<Consumer<HealthReport>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("health").daemon().factory());
    /** Guarded by itself. */
    private final Deque<HealthChange> history = new ArrayDeque<>();
    private volatile Optional<HealthReport> latest = Optional.empty();
    private boolean started;

    public HealthMonitor(Clock clock, Duration interval) {
        this.clock = Objects.requireNonNull(clock);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the health interval must be positive");
        }
        this.interval = interval;
    }

    /** Adds a check (one per kind: a second of the same kind replaces the first); it runs from the next round on. */
    public void register(HealthCheck check) {
        checks.removeIf(existing -> existing.kind() == check.kind());
        checks.add(check);
    }

    /** Removes the check of {@code kind}, if any (a device taken out of the configuration). */
    public void unregister(CheckKind kind) {
        checks.removeIf(existing -> existing.kind() == kind);
    }

    /** {@code listener} gets every report from now on, on the health thread; it must return quickly. */
    public void addListener(Consumer<HealthReport> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<HealthReport> listener) {
        listeners.remove(listener);
    }

    /** Starts the rounds; the first runs at once. Once only. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        thread.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a round now (on the health thread); returns at once. */
    public void checkSoon() {
        checkNow();
    }

    /** A round now, on the health thread; the future completes with its report (after the listeners had it). */
    public CompletableFuture<HealthReport> checkNow() {
        return CompletableFuture.supplyAsync(this::round, thread);
    }

    /** The last report, if a round has run. */
    public Optional<HealthReport> latest() {
        return latest;
    }

    /** The changes kept, oldest first. */
    public List<HealthChange> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private HealthReport round() {
        List<CheckResult> results = new ArrayList<>();
        List<HealthCheck> ordered = new ArrayList<>(checks);
        ordered.sort(Comparator.comparing(HealthCheck::kind));
        for (HealthCheck check : ordered) {
            results.add(run(check));
        }
        HealthReport report = new HealthReport(clock.instant(), results);
        remember(latest, report);
        latest = Optional.of(report);
        for (Consumer<HealthReport> listener : listeners) {
            try {
                listener.accept(report);
            } catch (RuntimeException e) {
                // A faulty listener (a UI bug) must not stop the checks.
                LOG.error("A health listener failed", e);
            }
        }
        return report;
    }

    private CheckResult run(HealthCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            CheckResult broken = CheckResult.failing(check.kind(), "health.reason.checkBroken");
            boolean already = latest.flatMap(report -> report.result(check.kind())).map(broken::equals).orElse(false);
            if (!already) {
                LOG.error("The {} health check failed unexpectedly", check.kind().tag(), e); // once, not every round
            }
            return broken;
        }
    }

    private void remember(Optional<HealthReport> before, HealthReport now) {
        synchronized (history) {
            for (CheckResult result : now.results()) {
                Optional<CheckResult> previous = before.flatMap(report -> report.result(result.kind()));
                if (previous.isEmpty() || previous.get().differsFrom(result)) {
                    if (previous.isPresent() || result.state() != HealthState.OK) {
                        LOG.info("Health: {} is {} ({})", result.kind().tag(), result.state().tag(),
                                result.reasonKey());
                    }
                    history.addLast(new HealthChange(now.checkedAt(), previous.map(CheckResult::state), result));
                    while (history.size() > HISTORY_SIZE) {
                        history.removeFirst();
                    }
                }
            }
        }
    }
}
