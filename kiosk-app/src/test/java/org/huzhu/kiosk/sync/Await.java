package org.huzhu.kiosk.sync;

import java.time.Duration;

/** Waits for something a background thread does, polling, with a deadline that fails the test in plain words. */
public final class Await {

    /** A condition that may read the database. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Await() {
    }

    public static void until(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            Thread.sleep(20);
        }
    }
}
