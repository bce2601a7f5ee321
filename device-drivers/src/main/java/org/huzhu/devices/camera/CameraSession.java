package org.huzhu.devices.camera;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One screen's use of the camera, from {@link CameraService#open} to {@link #close}. The camera is open while at
 * least one session is. The session has its own listener thread, so one slow consumer (a QR decode) does not delay
 * another (the preview).
 *
 * <p>Thread-safe. {@link #close} returns at once; {@link CameraEvent.Closed} tells when the session is over (and,
 * for the last session, the device released).
 */
public final class CameraSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CameraSession.class);
    /** Listener thread names start with this (tests look for leaked threads by the common "camera-" prefix). */
    static final String LISTENER_THREAD_PREFIX = CameraService.THREAD_NAME_PREFIX + "listener-";

    private final SessionMailbox mailbox = new SessionMailbox();
    private final SafeCameraListener listener;
    private final CaptureLoop loop;
    private final Thread thread;
    private final AtomicBoolean closeRequested = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    CameraSession(CameraListener listener, CaptureLoop loop, long number) {
        this.listener = new SafeCameraListener(listener);
        this.loop = loop;
        this.thread = new Thread(this::deliverUntilClosed, LISTENER_THREAD_PREFIX + number);
        this.thread.setDaemon(true);
    }

    void startDelivery() {
        thread.start();
    }

    SessionMailbox mailbox() {
        return mailbox;
    }

    /**
     * Ends the session: the listener gets what was already captured for it, then {@link CameraEvent.Closed}. If it
     * was the last session the camera is released (within one frame's time). Idempotent; callable from any thread,
     * the listener's own included.
     */
    @Override
    public void close() {
        if (closeRequested.compareAndSet(false, true)) {
            loop.requestClose(this);
        }
    }

    /**
     * Waits until {@link CameraEvent.Closed} was delivered. Not from the session's own listener (it would wait for
     * itself: returns false after the timeout).
     */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return closed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Frames dropped so far because this session's listener was busy. */
    public long framesDropped() {
        return mailbox.framesDropped();
    }

    private void deliverUntilClosed() {
        try {
            while (true) {
                Object next = mailbox.take();
                if (next == SessionMailbox.END) {
                    listener.deliver(mailbox.closedEvent());
                    return;
                }
                listener.deliver(next);
            }
        } catch (InterruptedException e) {
            LOG.debug("Camera listener thread interrupted before the session's end");
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
        }
    }
}
