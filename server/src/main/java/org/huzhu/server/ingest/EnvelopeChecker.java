package org.huzhu.server.ingest;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.huzhu.protocol.CheckedEnvelope;
import org.huzhu.protocol.ProtocolException;
import org.huzhu.server.kiosk.KioskRecord;

/**
 * Decodes a batch's envelopes and verifies their signatures on a fixed pool of threads, one per core, before the
 * batch is applied: signature checks are most of the cost of ingest, and they need nothing from the database or from
 * the envelopes before them. The results come back in batch order; {@link BatchIngest} still reports each failure at
 * its place in the chain checks. Thread-safe; close it with the server.
 */
public final class EnvelopeChecker implements AutoCloseable {

    /** One envelope's check: the checked envelope, or why it could not be decoded. */
    record Result(CheckedEnvelope envelope, ProtocolException failure) {
    }

    private final ExecutorService pool;

    public EnvelopeChecker() {
        AtomicInteger threads = new AtomicInteger();
        pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), work -> {
            Thread thread = new Thread(work, "envelope-check-" + threads.incrementAndGet());
            thread.setDaemon(true); // never keeps a JVM alive whose server was not closed
            return thread;
        });
    }

    /** Checks every envelope with the kiosk's suite and key; blocks until all are done. */
    List<Result> checkAll(KioskRecord kiosk, List<byte[]> envelopes) {
        List<CompletableFuture<Result>> checks = envelopes.stream()
                .map(envelope -> CompletableFuture.supplyAsync(() -> check(kiosk, envelope), pool))
                .toList();
        try {
            return checks.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            // Only a bug gets here (hostile bytes give a failure or an invalid signature): report it as it was.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Result check(KioskRecord kiosk, byte[] envelope) {
        try {
            return new Result(CheckedEnvelope.check(envelope, kiosk.suite(), kiosk.publicKey()), null);
        } catch (ProtocolException e) {
            return new Result(null, e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
