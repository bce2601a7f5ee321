package org.huzhu.devices.camera.diag;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.huzhu.devices.camera.CameraEvent;
import org.huzhu.devices.camera.CameraListener;
import org.huzhu.devices.camera.CameraService;
import org.huzhu.devices.camera.CameraSession;
import org.huzhu.devices.camera.CameraSource;
import org.huzhu.devices.camera.Frame;

/**
 * Runs a diagnostics command against the camera: opens it, feeds what it delivers to a {@link Watcher} on the
 * calling thread until the watcher has its answer, the camera gives up, or the time is over, then closes it.
 */
final class FrameWatch {

    /** What a command does with what the camera delivers; a present result ends the run with that exit code. */
    interface Watcher {
        Optional<Integer> onEvent(CameraEvent event);

        Optional<Integer> onFrame(Frame frame);

        /** The sentence printed when the time is over. */
        String timedOut();
    }

    private FrameWatch() {
    }

    static int run(CameraSource source, Duration timeout, PrintStream err, Watcher watcher) {
        BlockingQueue<Object> delivered = new LinkedBlockingQueue<>();
        try (CameraService camera = CameraService.start(source)) {
            CameraSession session = camera.open(new CameraListener() {
                @Override
                public void onCameraEvent(CameraEvent event) {
                    delivered.add(event);
                }

                @Override
                public void onFrame(Frame frame) {
                    // Only the newest frame waits: the queue holds events plus at most one frame.
                    delivered.removeIf(Frame.class::isInstance);
                    delivered.add(frame);
                }
            });
            try {
                long deadline = System.nanoTime() + timeout.toNanos();
                while (true) {
                    Object next = delivered.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        err.println(watcher.timedOut());
                        return CameraDiagnostics.TIMEOUT;
                    }
                    Optional<Integer> result = next instanceof Frame frame ? watcher.onFrame(frame)
                            : ended((CameraEvent) next, err).or(() -> watcher.onEvent((CameraEvent) next));
                    if (result.isPresent()) {
                        return result.get();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CameraDiagnostics.TIMEOUT;
            } finally {
                session.close();
            }
        }
    }

    /** The exit code for an event that ends the run before the watcher got what it wanted. */
    private static Optional<Integer> ended(CameraEvent event, PrintStream err) {
        return switch (event) {
            case CameraEvent.NoCamera none -> {
                err.println("No camera: " + none.reason() + ".");
                yield Optional.of(CameraDiagnostics.NO_CAMERA);
            }
            case CameraEvent.Failed failed -> {
                err.println("The camera " + failed.cameraName() + " failed (" + failed.failure() + "): "
                        + failed.detail());
                yield Optional.of(CameraDiagnostics.CAMERA_PROBLEM);
            }
            case CameraEvent.StreamEnded streamEnded -> {
                err.println("The images ran out after " + streamEnded.framesCaptured() + " frames.");
                yield Optional.of(CameraDiagnostics.TIMEOUT);
            }
            case CameraEvent.FrameUnreadable unreadable -> {
                err.println("Skipped " + unreadable.frameName() + ": " + unreadable.problem());
                yield Optional.empty();
            }
            case CameraEvent.Opened opened -> Optional.empty();
            case CameraEvent.Closed closed -> Optional.of(CameraDiagnostics.CAMERA_PROBLEM);
        };
    }
}
