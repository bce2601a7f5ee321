package org.huzhu.kiosk.face;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.huzhu.devices.camera.CameraEvent;
import org.huzhu.devices.camera.CameraListener;
import org.huzhu.devices.camera.CameraService;
import org.huzhu.devices.camera.CameraSession;
import org.huzhu.devices.camera.Frame;
import org.huzhu.face.AnalysedFace;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.FacePolicy;
import org.huzhu.face.FaceRefusal;
import org.huzhu.face.FrameAnalysis;
import org.huzhu.protocol.face.FaceTemplate;

/**
 * Captures a resident's face for enrolment at the counter (ADR 0019): opens a camera session, judges every frame by
 * {@link FacePolicy}'s rules (exactly one face, large, frontal, lit and sharp enough, live), and once
 * {@code framesWanted} frames have counted, averages their unit embeddings and makes the sum unit length again. Only
 * that template leaves: frames live for one analysis and are dropped, nothing is written anywhere. Thread-safe; the
 * events arrive on camera and timer threads.
 */
public final class FaceCapture {

    /** Frames that must count: enough to smooth one frame's pose and light, a second or two in front of a camera. */
    public static final int FRAMES_WANTED = 5;
    /** How long a capture tries before it says why it could not (staff then help the resident and start again). */
    public static final Duration GIVE_UP_AFTER = Duration.ofSeconds(20);

    private final Optional<CameraService> camera;
    /** The engine, loaded (the first time, which takes a second) on the capture's own thread. */
    private final Supplier<Optional<FaceEngine>> engine;
    private final int framesWanted;
    private final Duration giveUpAfter;

    /**
     * @param framesWanted {@link #FRAMES_WANTED} at a counter
     * @param giveUpAfter  {@link #GIVE_UP_AFTER} at a counter
     */
    public FaceCapture(StationCamera station, int framesWanted, Duration giveUpAfter) {
        this(station.camera(), station::engine, framesWanted, giveUpAfter);
    }

    /** A capture through {@code camera} with {@code engine} (tests share one engine across cameras). */
    FaceCapture(Optional<CameraService> camera, Optional<FaceEngine> engine, int framesWanted, Duration giveUpAfter) {
        this(camera, () -> engine, framesWanted, giveUpAfter);
    }

    private FaceCapture(Optional<CameraService> camera, Supplier<Optional<FaceEngine>> engine, int framesWanted,
            Duration giveUpAfter) {
        if (framesWanted < 1) {
            throw new IllegalArgumentException("a capture needs at least one frame, not " + framesWanted);
        }
        this.camera = Objects.requireNonNull(camera);
        this.engine = Objects.requireNonNull(engine);
        this.framesWanted = framesWanted;
        this.giveUpAfter = Objects.requireNonNull(giveUpAfter);
    }

    /**
     * Starts a capture; returns at once. Without a camera {@link FaceCaptureEvent.Failed} arrives at once, on this
     * thread; without an engine, on the capture's thread. Close the capture when the screen leaves; closing it after
     * its outcome is harmless.
     */
    public Capture start(Consumer<FaceCaptureEvent> events) {
        Objects.requireNonNull(events);
        Capture capture = new Capture(events);
        if (camera.isEmpty()) {
            capture.finish(new FaceCaptureEvent.Failed(FaceCaptureProblem.NO_CAMERA));
            return capture;
        }
        capture.open(camera.get());
        return capture;
    }

    /** One capture, from "Start" to its outcome; closing it turns the camera off (if nothing else holds it). */
    public final class Capture implements AutoCloseable {

        private final Consumer<FaceCaptureEvent> events;
        private final AtomicBoolean ended = new AtomicBoolean();
        /** Set on the capture's thread before the camera session opens, read only by that session's frames. */
        private volatile FaceEngine faceEngine;
        private volatile float[] sum;
        private volatile FacePolicy policy;
        private ScheduledExecutorService timer;
        private volatile CameraSession session;
        /** Touched only on the session's listener thread, one frame at a time; read by the timer at the end. */
        private volatile int good;
        private volatile Optional<FaceCaptureProblem> latest = Optional.empty();
        private volatile Progress reported;

        private Capture(Consumer<FaceCaptureEvent> events) {
            this.events = events;
        }

        private void open(CameraService service) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("face-capture")
                    .factory());
            timer.schedule(() -> finish(new FaceCaptureEvent.Failed(latest.orElse(FaceCaptureProblem.TIMED_OUT))),
                    giveUpAfter.toMillis(), TimeUnit.MILLISECONDS);
            timer.execute(() -> {
                Optional<FaceEngine> loaded = engine.get();
                if (loaded.isEmpty()) {
                    finish(new FaceCaptureEvent.Failed(FaceCaptureProblem.NO_ENGINE));
                    return;
                }
                faceEngine = loaded.get();
                policy = FacePolicy.standard(faceEngine.similarityThreshold());
                sum = new float[faceEngine.templateDimensions()];
                openSession(service);
            });
        }

        /** On the capture's thread, once the engine is there. */
        private synchronized void openSession(CameraService service) {
            if (ended.get()) {
                return;
            }
            session = service.open(new CameraListener() {
                @Override
                public void onCameraEvent(CameraEvent event) {
                    cameraSaid(event);
                }

                @Override
                public void onFrame(Frame frame) {
                    judge(frame);
                }
            });
        }

        /** On the session's listener thread. */
        private void cameraSaid(CameraEvent event) {
            switch (event) {
                case CameraEvent.NoCamera none -> finish(new FaceCaptureEvent.Failed(FaceCaptureProblem.NO_CAMERA));
                case CameraEvent.Failed failed -> finish(new FaceCaptureEvent.Failed(FaceCaptureProblem.NO_CAMERA));
                case CameraEvent.Opened opened -> report();
                default -> {
                    // an unreadable frame or a still picture's end: the next frames (or the timer) decide
                }
            }
        }

        /** On the session's listener thread, one frame at a time. */
        private void judge(Frame frame) {
            if (ended.get()) {
                return;
            }
            FrameAnalysis analysis = faceEngine.analyse(frame.image());
            Optional<FaceRefusal> problem = policy.usabilityProblem(analysis);
            if (problem.isPresent()) {
                latest = Optional.of(problemOf(problem.get()));
                report();
                return;
            }
            AnalysedFace face = policy.singleFace(analysis).orElseThrow();
            float[] values = face.template().values();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += values[i];
            }
            good++;
            latest = Optional.empty();
            if (good < framesWanted) {
                report();
                return;
            }
            finish(new FaceCaptureEvent.Captured(FaceTemplate.ofVector(faceEngine.embedderId(), sum), good));
        }

        /** Progress, when it says something new (a still camera repeats itself 30 times a second). */
        private void report() {
            Progress now = new Progress(good, latest);
            if (!now.equals(reported) && !ended.get()) {
                reported = now;
                events.accept(new FaceCaptureEvent.Progress(good, framesWanted, latest));
            }
        }

        private void finish(FaceCaptureEvent outcome) {
            if (ended.getAndSet(true)) {
                return;
            }
            events.accept(outcome);
            stop();
        }

        /** Ends the capture without an outcome if it has none yet. */
        @Override
        public void close() {
            ended.set(true);
            stop();
        }

        /** Also from the capture's thread while it opens the session: hence the lock, so no session stays open. */
        private synchronized void stop() {
            if (timer != null) {
                timer.shutdownNow();
            }
            CameraSession open = session;
            if (open != null) {
                open.close();
            }
        }

        private record Progress(int good, Optional<FaceCaptureProblem> latest) {
        }
    }

    private static FaceCaptureProblem problemOf(FaceRefusal refusal) {
        return switch (refusal) {
            case NO_FACE -> FaceCaptureProblem.NO_FACE;
            case SEVERAL_FACES -> FaceCaptureProblem.SEVERAL_FACES;
            case TOO_FAR -> FaceCaptureProblem.TOO_FAR;
            case NOT_FRONTAL -> FaceCaptureProblem.NOT_FRONTAL;
            case POOR_LIGHT -> FaceCaptureProblem.POOR_LIGHT;
            case BLURRED -> FaceCaptureProblem.BLURRED;
            case NOT_LIVE -> FaceCaptureProblem.NOT_LIVE;
            // Only a comparison refuses these, and a capture compares with nobody.
            case UNKNOWN, AMBIGUOUS -> throw new IllegalStateException("a capture met a comparison's refusal " + refusal);
        };
    }
}
