package org.huzhu.devices.card.reader;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.huzhu.devices.card.apdu.ApduChannel;
import org.huzhu.devices.card.apdu.ApduChannels;
import org.huzhu.devices.card.apdu.CardIOException;
import org.huzhu.devices.card.event.CardEvent;
import org.huzhu.devices.card.profile.CardIdentifier;
import org.huzhu.devices.card.profile.IdentificationResult;
import org.huzhu.devices.card.piv.PivPin;
import org.huzhu.devices.card.tlv.CardDataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reader's thread: every exchange with that reader runs here, one after the other, and so do the reader's events,
 * which keeps them in order (a card's outcome always comes before its {@code CardRemoved}).
 *
 * <p>{@link #update}, {@link #detach} and {@link #shutdown} are called by the monitor thread only;
 * {@link #openStaffSession} from any thread.
 */
final class ReaderWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderWorker.class);
    static final String THREAD_PREFIX = "card-reader-";
    /** Opening takes a real card well under a second (VERIFY, one signature); past this the PIN pad hears TapAgain. */
    static final int SESSION_OPEN_SECONDS = 15;
    private static final Duration SESSION_OPEN_TIMEOUT = Duration.ofSeconds(SESSION_OPEN_SECONDS);

    private final String readerName;
    private final ReaderSession session;
    private final CardIdentifier identifier;
    private final SafeListener listener;
    private final ExecutorService executor;
    /** The executor's one thread, kept to join it: executor termination can precede the thread's exit. */
    private volatile Thread thread;
    private boolean cardPresent;
    /** The open staff session on this reader, if any. Confined to the reader's thread. */
    private PivStaffSession staffSession;

    private ReaderWorker(String readerName, ReaderSession session, CardIdentifier identifier, SafeListener listener) {
        this.readerName = readerName;
        this.session = session;
        this.identifier = identifier;
        this.listener = listener;
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread created = new Thread(task, THREAD_PREFIX + readerName);
            created.setDaemon(true);
            thread = created;
            return created;
        });
    }

    /** Starts the reader's thread and reports the reader. */
    static ReaderWorker attach(String readerName, ReaderBackend backend, CardIdentifier identifier,
                               SafeListener listener) {
        ReaderWorker worker = new ReaderWorker(readerName, backend.openSession(readerName), identifier, listener);
        worker.executor.execute(() -> listener.deliver(new CardEvent.ReaderAttached(readerName)));
        return worker;
    }

    /** The monitor's latest view of this reader: starts a read on arrival, reports removal on departure. */
    void update(boolean present, long seenAtNanos) {
        if (present && !cardPresent) {
            executor.execute(() -> read(seenAtNanos));
        } else if (!present && cardPresent) {
            executor.execute(() -> {
                endStaffSession(StaffCardException.Reason.CARD_REMOVED);
                listener.deliver(new CardEvent.CardRemoved(readerName));
            });
        }
        cardPresent = present;
    }

    /** Reports the reader gone and lets the thread end after the work already queued. */
    void detach() {
        executor.execute(() -> {
            endStaffSession(StaffCardException.Reason.READER_UNAVAILABLE);
            session.close();
            listener.deliver(new CardEvent.ReaderDetached(readerName));
        });
        executor.shutdown();
    }

    /** Ends the thread without further events (service shutdown). */
    void shutdown() {
        executor.execute(() -> {
            endStaffSession(StaffCardException.Reason.READER_UNAVAILABLE);
            session.close();
        });
        executor.shutdown();
    }

    boolean isTerminated() {
        return executor.isTerminated();
    }

    /** Waits until the queue is done and the thread has ended. */
    boolean awaitTermination(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        Thread ended = thread;
        if (ended != null) {
            ended.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            return !ended.isAlive();
        }
        return true;
    }

    /** Takes ownership of {@code pinDigits} (ASCII) and wipes it after use. */
    CompletableFuture<StaffPinResult> openStaffSession(String keyFingerprint, byte[] pinDigits) {
        CompletableFuture<StaffPinResult> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    StaffPinResult opened = openOnThisThread(keyFingerprint, pinDigits);
                    if (!result.complete(opened) && opened instanceof StaffPinResult.Accepted late) {
                        late.session().close(); // nobody is waiting for it any more
                    }
                } finally {
                    PivPin.wipe(pinDigits);
                }
            });
        } catch (RejectedExecutionException e) {
            PivPin.wipe(pinDigits);
            result.complete(new StaffPinResult.ReaderUnavailable(readerName));
        }
        return result.completeOnTimeout(new StaffPinResult.TapAgain(), SESSION_OPEN_TIMEOUT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void read(long seenAtNanos) {
        // A card arriving means the previous one left, even if the monitor saw no gap between them.
        endStaffSession(StaffCardException.Reason.CARD_REMOVED);
        listener.deliver(new CardEvent.CardPresented(readerName, seenAtNanos));
        CardEvent outcome = identify();
        if (outcome instanceof CardEvent.CardRemovedTooEarly early
                && early.cause() == CardIOException.Reason.COMMUNICATION) {
            // A card still settling on the reader (or a reader that was just reset) garbles one exchange now and
            // then; reading again is harmless, since identifying only selects and reads. A card really taken away
            // fails the second connect as removed.
            outcome = identify();
        }
        listener.deliver(outcome);
    }

    private CardEvent identify() {
        try (CardConnection connection = session.connect()) {
            IdentificationResult result = identifier.identify(channel(connection));
            return switch (result) {
                case IdentificationResult.Identified identified ->
                        new CardEvent.IdentityRead(readerName, identified.identity());
                case IdentificationResult.Unsupported unsupported ->
                        new CardEvent.CardUnsupported(readerName, unsupported.reason(), unsupported.problem());
            };
        } catch (CardIOException e) {
            LOG.info("Card read on {} did not finish: {}", readerName, e.getMessage());
            return new CardEvent.CardRemovedTooEarly(readerName, e.reason());
        }
    }

    private StaffPinResult openOnThisThread(String keyFingerprint, byte[] pinDigits) {
        endStaffSession(StaffCardException.Reason.SESSION_CLOSED);
        try {
            CardConnection connection = session.connect();
            StaffPinResult result = null;
            try {
                result = StaffSessionOpener.open(readerName, connection, channel(connection), keyFingerprint,
                        pinDigits, executor);
            } finally {
                if (result instanceof StaffPinResult.Accepted accepted) {
                    staffSession = (PivStaffSession) accepted.session();
                } else {
                    connection.closeAndReset();
                }
            }
            return result;
        } catch (CardIOException e) {
            LOG.info("Staff session on {} did not open: {}", readerName, e.getMessage());
            return switch (e.reason()) {
                case READER_UNAVAILABLE, SERVICE_UNAVAILABLE -> new StaffPinResult.ReaderUnavailable(readerName);
                case CARD_REMOVED, COMMUNICATION, PROTOCOL -> new StaffPinResult.TapAgain();
            };
        } catch (CardDataException e) {
            LOG.info("Staff card on {} answered outside PIV: {}", readerName, e.getMessage());
            return new StaffPinResult.CardUnreadable(e.problem());
        }
    }

    /** On this thread: ends the open staff session, if any, resetting its card. */
    private void endStaffSession(StaffCardException.Reason reason) {
        if (staffSession != null) {
            staffSession.end(reason);
            staffSession = null;
        }
    }

    private ApduChannel channel(CardConnection connection) {
        return ApduChannels.standard(connection.channel(), readerName);
    }
}
