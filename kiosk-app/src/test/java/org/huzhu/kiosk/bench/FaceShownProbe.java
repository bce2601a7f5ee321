package org.huzhu.kiosk.bench;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.huzhu.devices.camera.CameraEvent;
import org.huzhu.devices.camera.CameraListener;
import org.huzhu.devices.camera.Frame;

/**
 * A camera session of its own beside the sign-in's, for {@link CameraSignInBench}: it learns what the empty room looks
 * like from the first frame, then, once armed, notes the first frame captured after a moment that differs from it (the
 * photo held up), and it records the gaps between frames (the camera's real frame period). Cheap enough to see every
 * frame. Thread-safe: frames arrive on the session's thread, the bench reads from its own.
 */
final class FaceShownProbe implements CameraListener {

    /** Pixels along the frame's middle row compared with the empty room; the photo covers the middle. */
    private static final int SAMPLES = 16;

    private final List<Long> framePeriodsNanos = new ArrayList<>();
    private BufferedImage emptyRoom;
    private long lastCapturedNanos;
    private long armedAtNanos = Long.MAX_VALUE;
    private Frame firstShowing;

    @Override
    public void onCameraEvent(CameraEvent event) {
        // Only frames matter here.
    }

    @Override
    public synchronized void onFrame(Frame frame) {
        if (lastCapturedNanos != 0) {
            framePeriodsNanos.add(frame.capturedAtNanos() - lastCapturedNanos);
        }
        lastCapturedNanos = frame.capturedAtNanos();
        if (emptyRoom == null) {
            emptyRoom = frame.image();
        } else if (firstShowing == null && frame.capturedAtNanos() > armedAtNanos && differsFromEmptyRoom(frame)) {
            firstShowing = frame;
        }
        notifyAll();
    }

    /** Waits for the first frame, which must show the empty room. */
    synchronized void awaitEmptyRoom(long timeoutMillis) throws InterruptedException {
        awaitUntil(() -> emptyRoom != null, timeoutMillis, "the camera delivered no frame");
    }

    /** From now on, look for the first frame captured after {@code nanos} ({@link System#nanoTime()}) that shows something. */
    synchronized void arm(long nanos) {
        armedAtNanos = nanos;
        firstShowing = null;
    }

    /** The first frame that showed something since {@link #arm}, waiting for it at most {@code timeoutMillis}. */
    synchronized Frame awaitFirstShowing(long timeoutMillis) throws InterruptedException {
        awaitUntil(() -> firstShowing != null, timeoutMillis, "no frame showed the photo");
        return firstShowing;
    }

    /** The median gap between two captured frames so far, in nanoseconds. */
    synchronized long medianFramePeriodNanos() {
        return BenchFx.percentile(framePeriodsNanos, 0.5);
    }

    /** Waits (holding this object's monitor) until {@code done}; {@code problem} and the timeout if it never is. */
    private void awaitUntil(BooleanSupplier done, long timeoutMillis, String problem) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!done.getAsBoolean()) {
            long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (leftMillis <= 0) {
                throw new IllegalStateException(problem + " within " + timeoutMillis + " ms");
            }
            wait(leftMillis);
        }
    }

    private boolean differsFromEmptyRoom(Frame frame) {
        int y = frame.height() / 2;
        for (int i = 0; i < SAMPLES; i++) {
            int x = frame.width() * (2 * i + 1) / (2 * SAMPLES);
            if (frame.image().getRGB(x, y) != emptyRoom.getRGB(x, y)) {
                return true;
            }
        }
        return false;
    }
}
