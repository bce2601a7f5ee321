package org.huzhu.devices.camera;

import com.github.sarxos.webcam.WebcamDevice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera's thread: opens the device when the first session opens, captures while any session is open, hands
 * each frame to every session's mailbox (never waiting for a listener), and releases the device when the last
 * session closes, when the device fails, or when the service stops. Every driver call is made here, through
 * {@link DriverBoundary}.
 *
 * <p>Sessions ask to open and close from any thread ({@link #requestOpen}, {@link #requestClose}); the requests are
 * applied here between two frames. The device and the active sessions are confined to this thread.
 */
final class CaptureLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureLoop.class);
    /** Real cameras are polled at most this often; a file camera paces itself. */
    private static final long NATIVE_FRAME_PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1) / 30;
    private static final long POLL_AFTER_NO_PICTURE_MILLIS = 5;

    private final CameraDiscovery discovery;
    private final Resolution preferred;
    private final long stallTimeoutNanos;

    // Guarded by this.
    private final List<CameraSession> opening = new ArrayList<>();
    private final List<CameraSession> closing = new ArrayList<>();
    private boolean stopped;

    // Confined to the capture thread.
    private final List<CameraSession> active = new ArrayList<>();
    private WebcamDevice device;
    private String cameraName;
    private Resolution openedResolution;
    private long sequence;
    private long lastPictureNanos;
    private long nextGrabNanos;
    private boolean endReported;

    CaptureLoop(CameraDiscovery discovery, Resolution preferred, Duration stallTimeout) {
        this.discovery = discovery;
        this.preferred = preferred;
        this.stallTimeoutNanos = stallTimeout.toNanos();
    }

    /** Returns false if the loop has stopped (the session is then ended at once). */
    synchronized boolean requestOpen(CameraSession session) {
        if (stopped) {
            return false;
        }
        opening.add(session);
        notifyAll();
        return true;
    }

    synchronized void requestClose(CameraSession session) {
        closing.add(session);
        notifyAll();
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    @Override
    public void run() {
        try {
            while (true) {
                List<CameraSession> toClose = new ArrayList<>();
                List<CameraSession> toOpen = new ArrayList<>();
                if (!awaitWork(toClose, toOpen)) {
                    return;
                }
                applyCloses(toClose, toOpen);
                applyOpens(toOpen);
                if (streaming()) {
                    captureOne();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            endEverything();
        }
    }

    private boolean streaming() {
        return device != null && !active.isEmpty() && !endReported;
    }

    /** Waits for requests (or returns at once while streaming); false once stopped. */
    private synchronized boolean awaitWork(List<CameraSession> toClose, List<CameraSession> toOpen)
            throws InterruptedException {
        while (!stopped && opening.isEmpty() && closing.isEmpty() && !streaming()) {
            wait();
        }
        if (stopped) {
            return false;
        }
        toClose.addAll(closing);
        closing.clear();
        toOpen.addAll(opening);
        opening.clear();
        return true;
    }

    private void applyCloses(List<CameraSession> toClose, List<CameraSession> toOpen) {
        if (toClose.isEmpty()) {
            return;
        }
        toOpen.removeAll(toClose);
        active.removeAll(toClose);
        if (active.isEmpty() && toOpen.isEmpty()) {
            // Released before the last session hears Closed, so Closed means "the camera is off".
            releaseDevice();
        }
        toClose.forEach(session -> session.mailbox().end());
    }

    private void applyOpens(List<CameraSession> toOpen) {
        if (toOpen.isEmpty()) {
            return;
        }
        if (device == null) {
            CameraEvent refused = openDevice();
            if (refused != null) {
                for (CameraSession session : toOpen) {
                    session.mailbox().post(refused);
                    session.mailbox().end();
                }
                return;
            }
        }
        CameraEvent.Opened opened = new CameraEvent.Opened(cameraName, openedResolution);
        for (CameraSession session : toOpen) {
            session.mailbox().post(opened);
            if (endReported) {
                session.mailbox().post(new CameraEvent.StreamEnded(cameraName, sequence));
            }
            active.add(session);
        }
    }

    /** Opens the first matching camera; returns the event that refuses the sessions if none can be opened. */
    private CameraEvent openDevice() {
        switch (discovery.matching()) {
            case DriverBoundary.Broken<List<DriverBoundary.Listed>> none -> {
                LOG.info("Camera asked for, none usable: {}", none.problem());
                return new CameraEvent.NoCamera(none.problem());
            }
            case DriverBoundary.Ok<List<DriverBoundary.Listed>> found -> {
                DriverBoundary.Listed chosen = found.value().getFirst();
                switch (DriverBoundary.open(chosen.device(), chosen.resolutions(), preferred)) {
                    case DriverBoundary.Broken<Resolution> failed -> {
                        return new CameraEvent.Failed(chosen.name(), CameraEvent.Failure.COULD_NOT_OPEN,
                                failed.problem());
                    }
                    case DriverBoundary.Ok<Resolution> resolution -> {
                        device = chosen.device();
                        cameraName = chosen.name();
                        openedResolution = resolution.value();
                        sequence = 0;
                        endReported = false;
                        lastPictureNanos = System.nanoTime();
                        nextGrabNanos = lastPictureNanos;
                        LOG.info("Camera {} open at {}", cameraName, openedResolution);
                        return null;
                    }
                }
            }
        }
    }

    private void captureOne() throws InterruptedException {
        if (device instanceof FiniteStream finite && finite.ended()) {
            endReported = true;
            postToActive(new CameraEvent.StreamEnded(cameraName, sequence));
            return;
        }
        paceRealCamera();
        switch (DriverBoundary.grab(device)) {
            case DriverBoundary.Picture picture -> {
                long now = System.nanoTime();
                lastPictureNanos = now;
                Frame frame = Frame.copyOf(picture.image(), now, sequence++);
                active.forEach(session -> session.mailbox().offerFrame(frame));
            }
            case DriverBoundary.NoPicture none -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("camera stopping");
                }
                if (System.nanoTime() - lastPictureNanos > stallTimeoutNanos) {
                    fail(CameraEvent.Failure.STALLED, "no picture for "
                            + TimeUnit.NANOSECONDS.toMillis(stallTimeoutNanos) + " ms");
                } else {
                    Thread.sleep(POLL_AFTER_NO_PICTURE_MILLIS);
                }
            }
            case DriverBoundary.Unreadable unreadable ->
                    postToActive(new CameraEvent.FrameUnreadable(unreadable.frameName(), unreadable.problem()));
            case DriverBoundary.Lost lost -> fail(CameraEvent.Failure.DISCONNECTED, lost.detail());
        }
    }

    /** A real camera's driver answers at once with its latest picture: ask no more often than it can deliver. */
    private void paceRealCamera() throws InterruptedException {
        if (device instanceof FileCameraDevice) {
            return;
        }
        long wait = nextGrabNanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        nextGrabNanos = Math.max(nextGrabNanos, System.nanoTime() - NATIVE_FRAME_PERIOD_NANOS)
                + NATIVE_FRAME_PERIOD_NANOS;
    }

    private void fail(CameraEvent.Failure failure, String detail) {
        LOG.warn("Camera {} failed ({}): {}", cameraName, failure, detail);
        CameraEvent.Failed failed = new CameraEvent.Failed(cameraName, failure, detail);
        releaseDevice();
        for (CameraSession session : active) {
            session.mailbox().post(failed);
            session.mailbox().end();
        }
        active.clear();
    }

    private void postToActive(CameraEvent event) {
        active.forEach(session -> session.mailbox().post(event));
    }

    private void releaseDevice() {
        if (device != null) {
            DriverBoundary.close(device);
            LOG.info("Camera {} released after {} frames", cameraName, sequence);
            device = null;
        }
    }

    private void endEverything() {
        releaseDevice();
        List<CameraSession> all = new ArrayList<>(active);
        active.clear();
        synchronized (this) {
            stopped = true;
            all.addAll(opening);
            all.addAll(closing);
            opening.clear();
            closing.clear();
        }
        all.forEach(session -> session.mailbox().end());
    }
}
