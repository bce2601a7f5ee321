package org.huzhu.devices.qr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.huzhu.devices.camera.CameraEvent;
import org.huzhu.devices.camera.CameraListener;
import org.huzhu.devices.camera.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for QR codes in camera frames: a camera listener that hands a frame to its own decoding thread when that
 * thread is idle and skips the frame otherwise, so it never holds up the camera session it listens to. Reports each
 * distinct text once (the {@value #REMEMBERED} most recent distinct texts are remembered), to a
 * {@link QrCodeListener} on the decoding thread.
 *
 * <p>Open a camera session with it ({@code camera.open(scanner)}) while a screen accepts codes, then close the
 * session and the scanner. Thread-safe.
 */
public final class QrScanner implements CameraListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QrScanner.class);
    static final int REMEMBERED = 64;
    static final String THREAD_NAME = "qr-decoder";

    private final QrDecoder decoder;
    private final QrCodeListener listener;
    private final ExecutorService decoding = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, THREAD_NAME);
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicLong framesDecoded = new AtomicLong();
    private final AtomicLong framesSkipped = new AtomicLong();
    /** Texts already reported; decoding thread only. */
    private final Set<String> reported = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    public QrScanner(QrDecoder decoder, QrCodeListener listener) {
        this.decoder = decoder;
        this.listener = listener;
    }

    /** Takes the frame if the decoding thread is idle, else skips it. Returns at once. */
    @Override
    public void onFrame(Frame frame) {
        if (!busy.compareAndSet(false, true)) {
            framesSkipped.incrementAndGet();
            return;
        }
        try {
            decoding.execute(() -> decode(frame));
        } catch (RejectedExecutionException e) {
            busy.set(false); // closed: frames are ignored
        }
    }

    /** The camera's comings and goings do not concern the scanner. */
    @Override
    public void onCameraEvent(CameraEvent event) {
    }

    /** Frames decoded so far. */
    public long framesDecoded() {
        return framesDecoded.get();
    }

    /** Frames skipped so far because a decode (or the listener) was still running. */
    public long framesSkipped() {
        return framesSkipped.get();
    }

    /** Stops the decoding thread after the decode in progress; later frames are ignored. */
    @Override
    public void close() {
        decoding.shutdown();
    }

    private void decode(Frame frame) {
        try {
            QrResult result = decoder.decode(frame.image());
            framesDecoded.incrementAndGet();
            if (result instanceof QrResult.Found found && reported.add(found.text())) {
                LOG.debug("QR code read from frame {}", frame.sequence());
                report(new QrCode(found.text(), frame.capturedAtNanos(), frame.sequence()));
            }
        } finally {
            busy.set(false);
        }
    }

    /** A listener bug must not end scanning for the screen: logged and dropped, as camera listeners' are. */
    private void report(QrCode code) {
        try {
            listener.onCode(code);
        } catch (RuntimeException e) {
            LOG.error("QR code listener failed", e);
        }
    }
}
