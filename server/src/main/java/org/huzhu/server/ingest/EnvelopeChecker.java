package org.huzhu.server.ingest;

import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.huzhu.protocol.Authorisation;
import org.huzhu.protocol.CheckedEnvelope;
import org.huzhu.protocol.ProtocolException;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.crypto.StaffKeys;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.staff.StaffKeyCache;

/**
 * Decodes a batch's envelopes and verifies their signatures on a fixed pool of threads, one per core, while the batch
 * is applied: signature checks are most of the cost of ingest, and they need nothing from the database or from the
 * envelopes before them. That includes the staff authorisations whose keys are in the {@link StaffKeyCache}. {@link BatchIngest} takes the results in batch order, each when it reaches that envelope, and
 * still reports each failure at its place in the chain checks. Thread-safe; close it with the server.
 */
public final class EnvelopeChecker implements AutoCloseable {

    /**
     * One envelope's check: the checked envelope, or why it could not be decoded.
     *
     * @param staffSignatures for each authorisation whose key was in the cache: whether its signature verifies; the
     *                        others are left to {@link StaffAuthorisations}
     */
    record Result(CheckedEnvelope envelope, ProtocolException failure, Map<String, Boolean> staffSignatures) {
    }

    private final ExecutorService pool;
    private final StaffKeyCache staffKeys;

    public EnvelopeChecker(StaffKeyCache staffKeys) {
        this.staffKeys = staffKeys;
        AtomicInteger threads = new AtomicInteger();
        pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), work -> {
            Thread thread = new Thread(work, "envelope-check-" + threads.incrementAndGet());
            thread.setDaemon(true); // never keeps a JVM alive whose server was not closed
            return thread;
        });
    }

    /** A batch's checks, all started; {@link #get} waits for one, {@link #close} drops those not yet begun. */
    static final class Checks implements AutoCloseable {

        private final List<CompletableFuture<Result>> results;

        private Checks(List<CompletableFuture<Result>> results) {
            this.results = results;
        }

        /** The check of the envelope at {@code index}, waiting for it if need be. */
        Result get(int index) {
            try {
                return results.get(index).join();
            } catch (CompletionException e) {
                // Only a bug gets here (hostile bytes give a failure or an invalid signature): report it as it was.
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }

        @Override
        public void close() {
            results.forEach(result -> result.cancel(false));
        }
    }

    /** Starts checking every envelope with the kiosk's suite and key, in batch order. */
    Checks start(KioskRecord kiosk, List<byte[]> envelopes) {
        return new Checks(envelopes.stream()
                .map(envelope -> CompletableFuture.supplyAsync(() -> check(kiosk, envelope), pool))
                .toList());
    }

    private Result check(KioskRecord kiosk, byte[] envelope) {
        CheckedEnvelope checked;
        try {
            checked = CheckedEnvelope.check(envelope, kiosk.suite(), kiosk.publicKey());
        } catch (ProtocolException e) {
            return new Result(null, e, Map.of());
        }
        List<Authorisation> authorisations = checked.body().authorisations();
        if (authorisations.isEmpty()) {
            return new Result(checked, null, Map.of());
        }
        byte[] content = TransactionCodec.authorisedContent(checked.body());
        Map<String, Boolean> verified = new HashMap<>();
        for (Authorisation authorisation : authorisations) {
            Optional<PublicKey> key = staffKeys.get(authorisation.key());
            key.ifPresent(found -> verified.put(authorisation.key(),
                    StaffKeys.verify(found, content, authorisation.signatureBytes())));
        }
        return new Result(checked, null, Map.copyOf(verified));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
