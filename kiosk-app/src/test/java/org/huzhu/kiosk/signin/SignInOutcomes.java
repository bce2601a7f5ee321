package org.huzhu.kiosk.signin;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Collects a sign-in service's outcomes, as they arrive on the card threads, for a test to wait for. */
public final class SignInOutcomes implements Consumer<SignInOutcome> {

    private static final long WAIT_SECONDS = 10;

    private final BlockingQueue<SignInOutcome> outcomes = new LinkedBlockingQueue<>();

    @Override
    public void accept(SignInOutcome outcome) {
        outcomes.add(outcome);
    }

    /** The next outcome of {@code type}, skipping others (reader availability at start, reading, …). */
    public <T extends SignInOutcome> T next(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            SignInOutcome outcome = outcomes.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(outcome)) {
                return type.cast(outcome);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + WAIT_SECONDS + " s");
    }
}
