package org.huzhu.server.aid;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires aid orders past their end in the background, so what remains goes back to the charity's pool and the
 * patient's kiosk learns it without waiting for anyone to look at the order (each look expires it too:
 * {@link AidOrders}). A failed sweep is logged and tried again at the next; it never stops the server.
 */
public final class ExpirySweep implements AutoCloseable {

    public static final Duration EVERY = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(ExpirySweep.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "aid-expiry-sweep");
        thread.setDaemon(true);
        return thread;
    });

    public ExpirySweep(Database database, Clock clock) {
        timer.scheduleWithFixedDelay(() -> sweep(database, clock), 0, EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    private static void sweep(Database database, Clock clock) {
        try {
            int expired = database.inTransaction(connection -> AidOrders.expireDue(connection, clock.instant()));
            if (expired > 0) {
                LOG.info("Aid orders: {} expired, what remained returned to their charities", expired);
            }
        } catch (StorageException | RuntimeException e) {
            LOG.warn("Aid order expiry sweep failed; trying again in {}", EVERY, e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
