package org.huzhu.devices.camera;

import com.github.sarxos.webcam.WebcamDriver;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's camera. Starting it opens nothing: the camera is open only while a screen holds a session
 * ({@link #open}), and released when the last session closes. One capture thread makes every driver call and
 * copies each picture into a {@link Frame}; each session has its own listener thread, which gets the latest frame
 * whenever its listener is free (frames are dropped for a slow listener, never queued). Events say when the camera
 * turns on and off, so the UI can show that it is on.
 *
 * <p>The driver is chosen by the source at start and loaded on the first {@link #open} (no native library is
 * loaded on a kiosk whose screens never ask for the camera). Every session looks for the camera again if it is not
 * open, so a camera plugged in late, or back after a failure, is found on the next open.
 *
 * <p>The service writes nothing to disk. In-process behind this API; a child-process implementation could give the
 * same API (ADR 0016). Thread-safe.
 */
public final class CameraService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CameraService.class);
    /** Every thread of the service is named with this prefix (tests use it to find leaked threads). */
    public static final String THREAD_NAME_PREFIX = "camera-";
    static final String CAPTURE_THREAD_NAME = THREAD_NAME_PREFIX + "capture";
    /** A camera that delivers no new picture for this long counts as failed ({@link CameraEvent.Failure#STALLED}). */
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(3);

    private final CaptureLoop loop;
    private final Thread captureThread;
    private final String description;
    private final AtomicLong sessions = new AtomicLong();

    private CameraService(CameraDiscovery discovery, Resolution preferred, Duration stallTimeout) {
        this.loop = new CaptureLoop(discovery, preferred, stallTimeout);
        this.description = discovery.sourceDescription();
        this.captureThread = new Thread(loop, CAPTURE_THREAD_NAME);
        this.captureThread.setDaemon(true);
    }

    /** The camera a setting names (see {@link CameraSource#fromSetting}), asked for 640x480. */
    public static CameraService start(CameraSource source) {
        return start(CameraDiscovery.forSource(source), Resolution.VGA, DEFAULT_STALL_TIMEOUT);
    }

    /** A camera through any webcam-capture driver (tests, other drivers). */
    public static CameraService start(WebcamDriver driver, Optional<String> nameHint, Duration stallTimeout) {
        return start(CameraDiscovery.forDriver(driver, nameHint), Resolution.VGA, stallTimeout);
    }

    /**
     * @param preferred the mode to ask for; the camera's closest mode (in pixel count) is used
     * @param stallTimeout how long an open camera may deliver nothing new before it counts as failed
     */
    public static CameraService start(CameraDiscovery discovery, Resolution preferred, Duration stallTimeout) {
        CameraService service = new CameraService(discovery, preferred, stallTimeout);
        LOG.info("Camera service started on {}", service.description);
        service.captureThread.start();
        return service;
    }

    /**
     * Opens a session: the camera turns on if it is not already on, and {@code listener} gets
     * {@link CameraEvent.Opened} (or {@link CameraEvent.NoCamera}), then frames, then, after
     * {@link CameraSession#close()}, {@link CameraEvent.Closed}. Returns at once; everything arrives on the session's
     * own thread. After {@link #close()} the session is closed straight away (Closed only).
     */
    public CameraSession open(CameraListener listener) {
        CameraSession session = new CameraSession(listener, loop, sessions.incrementAndGet());
        session.startDelivery();
        if (!loop.requestOpen(session)) {
            session.mailbox().end();
        }
        return session;
    }

    /** The source, as one sentence. */
    public String description() {
        return description;
    }

    /**
     * Ends every session, releases the camera and stops the capture thread, waiting a few seconds at most (a driver
     * stuck in a native call is abandoned: the thread is a daemon). Not from a camera listener.
     */
    @Override
    public void close() {
        loop.stop();
        captureThread.interrupt();
        try {
            captureThread.join(SHUTDOWN_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (captureThread.isAlive()) {
            LOG.warn("Camera capture thread did not stop within {} (driver stuck?)", SHUTDOWN_WAIT);
        } else {
            LOG.info("Camera service stopped");
        }
    }
}
