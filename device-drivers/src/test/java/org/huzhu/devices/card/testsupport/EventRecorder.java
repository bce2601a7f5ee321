package org.huzhu.devices.card.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.event.CardEventListener;

/** TEST SUPPORT. Records card events and lets a test wait for the next one of a kind. Thread-safe. */
public final class EventRecorder implements CardEventListener {

    private final BlockingQueue<CardEvent> pending = new LinkedBlockingQueue<>();
    private final List<CardEvent> all = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onCardEvent(CardEvent event) {
        all.add(event);
        pending.add(event);
    }

    /** Waits for the next event of {@code type}, skipping others; fails the test on timeout. */
    public <T extends CardEvent> T await(Class<T> type, Duration timeout) {
        return type.cast(await(type::isInstance, type.getSimpleName(), timeout));
    }

    /** Waits for the next event matching {@code wanted}, skipping others; fails the test on timeout. */
    public CardEvent await(Predicate<CardEvent> wanted, String description, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                CardEvent event = pending.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new AssertionError("no " + description + " within " + timeout + "; events: " + all());
                }
                if (wanted.test(event)) {
                    return event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Waits until an event of {@code type} has been recorded, in whatever order relative to others (events from the
     * monitor thread and from reader threads are not ordered with each other). Does not consume pending events.
     */
    public <T extends CardEvent> T awaitRecorded(Class<T> type, Duration timeout) {
        return awaitRecorded(type, 1, timeout);
    }

    /** Waits until {@code count} events of {@code type} have been recorded; returns the last of them. */
    public <T extends CardEvent> T awaitRecorded(Class<T> type, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<CardEvent> found = all().stream().filter(type::isInstance).toList();
            if (found.size() >= count) {
                return type.cast(found.get(count - 1));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + type.getSimpleName() + " within " + timeout + "; events: " + all());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** The next event about {@code readerName} (events of other readers are skipped), or fails on timeout. */
    public CardEvent nextFor(String readerName, Duration timeout) {
        return await(event -> event.reader().filter(readerName::equals).isPresent(), "event of " + readerName, timeout);
    }

    /** The next event, whatever it is, or fails on timeout. */
    public CardEvent next(Duration timeout) {
        return await(event -> true, "event", timeout);
    }

    /** Forgets events not yet awaited. */
    public void clearPending() {
        pending.clear();
    }

    public List<CardEvent> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }
}
