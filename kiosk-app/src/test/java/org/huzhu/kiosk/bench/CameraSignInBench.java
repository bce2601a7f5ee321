package org.huzhu.kiosk.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.huzhu.devices.camera.CameraService;
import org.huzhu.devices.camera.CameraSession;
import org.huzhu.devices.camera.Frame;
import org.huzhu.devices.camera.sim.PictureCamera;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.FaceGallery;
import org.huzhu.face.FacePolicy;
import org.huzhu.face.FaceTemplate;
import org.huzhu.face.pack.ModelPack;
import org.huzhu.kiosk.face.CameraSignIn;
import org.huzhu.kiosk.face.CameraSignInEvent;
import org.huzhu.kiosk.face.FaceCoach;

/**
 * BENCH (issue 14, item 8). Frame-to-signed-in latency of camera sign-in: the kiosk's {@link CameraSignIn} (face
 * engine on every frame, the QR scanner beside it, the coach's three matching frames in a row) over the simulated
 * {@link PictureCamera} at its 15 frames a second, with a gallery of 10,000 templates: the resident enrolled from one of
 * John Salley's photos in dlib's examples plus 9,999 random unit vectors. Each run opens a sign-in on the empty room,
 * waits until the engine judges its frames, holds up another photo of the resident at a random phase of the frame
 * clock, and times the {@link CameraSignInEvent.FaceMatched} event from that moment, and from the capture of the first
 * frame that shows the photo.
 *
 * <p>Floor, measured in the same run, alternately with the latency: the bare per-frame cost on that same frame (the
 * engine's analysis and the policy's decision, which searches the gallery) for the three frames the coach needs, plus
 * one frame period. The frame rate's own part is printed too: the two periods between the first and the third matching
 * frame, plus the wait for the first frame after the photo is held up.
 *
 * <p>Run: {@code ./mvnw -Pbench package -pl kiosk-app -am -Dexec.skip=true -Dbench.card.skip=true
 * -Dbench.qr.skip=true -Dbench.journal.skip=true -Dbench.sync.skip=true -Dbench.ui.skip=true -Dbench.counter.skip=true
 * [-Dbench.camera.runs=N]}, or this main with {@code PACK_DIR PHOTOS_DIR [RUNS]}.
 */
public final class CameraSignInBench {

    private static final String ENROLMENT_PHOTO = "johns/John_Salley/000179_02159509.jpg";
    private static final String LIVE_PHOTO = "johns/John_Salley/000198_02159470.jpg";
    private static final UUID RESIDENT = UUID.fromString("00000000-0000-4000-8000-00000000005a");
    private static final int GALLERY_SIZE = 10_000;
    private static final int WARMUP = 5;
    private static final long WAIT_MILLIS = 15_000;

    private final FaceEngine engine;
    private final FaceGallery<UUID> gallery;
    private final FacePolicy policy;
    private final PictureCamera camera = new PictureCamera();
    private final FaceShownProbe probe = new FaceShownProbe();
    private final BufferedImage livePhoto;
    private final Random phases = new Random(14);
    private volatile Object sink;

    private CameraSignInBench(FaceEngine engine, FaceGallery<UUID> gallery, BufferedImage livePhoto) {
        this.engine = engine;
        this.gallery = gallery;
        this.policy = FacePolicy.standard(engine.similarityThreshold());
        this.livePhoto = livePhoto;
    }

    /** An event of the sign-in and when the bench heard it ({@link System#nanoTime()}). */
    private record Heard(CameraSignInEvent event, long atNanos) {
    }

    /** The figures of one sign-in, in nanoseconds. */
    private record Run(long fromShown, long fromFirstFrame, long waitForFirstFrame, Frame firstFrame) {
    }

    public static void main(String[] args) throws Exception {
        ModelPack pack = ModelPack.load(Path.of(args[0]));
        Path photos = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        try (FaceEngine engine = FaceEngine.open(pack)) {
            FaceGallery<UUID> gallery = gallery(engine, read(photos.resolve(ENROLMENT_PHOTO)));
            System.out.printf("Camera sign-in bench, pack %s, %d cores, gallery %,d templates of %d values, %d runs"
                    + " after %d warm-up%n", pack.name(), Runtime.getRuntime().availableProcessors(), gallery.size(),
                    engine.templateDimensions(), runs, WARMUP);
            new CameraSignInBench(engine, gallery, read(photos.resolve(LIVE_PHOTO))).measure(runs);
        }
    }

    private void measure(int runs) throws Exception {
        List<Long> fromShown = new ArrayList<>();
        List<Long> fromFirstFrame = new ArrayList<>();
        List<Long> waitForFirstFrame = new ArrayList<>();
        List<Long> floors = new ArrayList<>();
        List<Long> bareFrames = new ArrayList<>();
        List<Long> waitPlusLastFrame = new ArrayList<>();
        long period;
        try (CameraService service = CameraService.start(camera, Optional.empty(),
                CameraService.DEFAULT_STALL_TIMEOUT); CameraSession keepsCameraOn = service.open(probe)) {
            // The probe's session keeps the camera filming between runs, so the photo comes at any phase of its clock.
            probe.awaitEmptyRoom(WAIT_MILLIS);
            CameraSignIn signIn = new CameraSignIn(service, Optional.of(engine), FaceCoach.PATIENCE);
            for (int i = 0; i < WARMUP + runs; i++) {
                Run run = signInOnce(signIn);
                long bare = bareFramesNanos(run.firstFrame().image());
                if (i >= WARMUP) {
                    fromShown.add(run.fromShown());
                    fromFirstFrame.add(run.fromFirstFrame());
                    waitForFirstFrame.add(run.waitForFirstFrame());
                    bareFrames.add(bare / FaceCoach.MATCHES_NEEDED);
                    floors.add(bare);
                    waitPlusLastFrame.add(run.waitForFirstFrame() + bare / FaceCoach.MATCHES_NEEDED);
                }
            }
            period = probe.medianFramePeriodNanos();
        }
        long floor = BenchFx.percentile(floors, 0.5) + period;
        double median = millis(BenchFx.percentile(fromShown, 0.5));
        System.out.printf("  camera %s: median frame period %.1f ms (%.1f frames/s)%n", PictureCamera.NAME,
                millis(period), 1e9 / period);
        System.out.printf("  photo held up -> FaceMatched: median %.1f ms, p95 %.1f ms%n", median,
                millis(BenchFx.percentile(fromShown, 0.95)));
        System.out.printf("  first frame showing it (captured) -> FaceMatched: median %.1f ms, p95 %.1f ms%n",
                millis(BenchFx.percentile(fromFirstFrame, 0.5)), millis(BenchFx.percentile(fromFirstFrame, 0.95)));
        System.out.printf("  the frame rate's part: %d periods between the first and the last of the %d matching frames"
                + " %.1f ms, plus the wait for the first frame after the photo is held up (median %.1f ms, p95 %.1f ms)%n",
                FaceCoach.MATCHES_NEEDED - 1, FaceCoach.MATCHES_NEEDED,
                millis((FaceCoach.MATCHES_NEEDED - 1) * period), millis(BenchFx.percentile(waitForFirstFrame, 0.5)),
                millis(BenchFx.percentile(waitForFirstFrame, 0.95)));
        long ideal = BenchFx.percentile(waitPlusLastFrame, 0.5) + (FaceCoach.MATCHES_NEEDED - 1) * period;
        System.out.printf("  least possible at this frame rate (the frame rate's part + one bare frame, pipelined):"
                + " median %.1f ms; the sign-in adds %.1f ms (camera hand-over, QR scan beside it, coach, events)%n",
                millis(ideal), median - millis(ideal));
        System.out.printf("  floor (same run): %d x bare frame (analyse + gallery search, median %.1f ms) + 1 frame"
                + " period = %.1f ms; ratio %.2f%n", FaceCoach.MATCHES_NEEDED,
                millis(BenchFx.percentile(bareFrames, 0.5)),
                millis(floor), median / millis(floor));
    }

    /** One sign-in: the empty room first, then the photo held up, until the face matched. */
    private Run signInOnce(CameraSignIn signIn) throws InterruptedException {
        LinkedBlockingQueue<Heard> heard = new LinkedBlockingQueue<>();
        camera.showNothing();
        try (CameraSignIn.Watch watch = signIn.watch(Optional.of(gallery),
                event -> heard.add(new Heard(event, System.nanoTime())))) {
            // The first prompt comes from the first frame the engine judged: the sign-in is looking.
            awaitEvent(heard, CameraSignInEvent.Prompt.class);
            // Held up at any moment between two frames (a period is 67 ms at 15 frames a second).
            TimeUnit.MICROSECONDS.sleep(phases.nextInt(70_000));
            long shownAt = System.nanoTime();
            probe.arm(shownAt);
            camera.show(livePhoto);
            long matchedAt = awaitEvent(heard, CameraSignInEvent.FaceMatched.class);
            Frame first = probe.awaitFirstShowing(WAIT_MILLIS);
            return new Run(matchedAt - shownAt, matchedAt - first.capturedAtNanos(), first.capturedAtNanos() - shownAt,
                    first);
        } finally {
            camera.showNothing();
        }
    }

    /** When the first event of {@code type} was heard; any end of the watch before it fails the bench. */
    private static long awaitEvent(LinkedBlockingQueue<Heard> heard, Class<? extends CameraSignInEvent> type)
            throws InterruptedException {
        while (true) {
            Heard next = heard.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new IllegalStateException("no " + type.getSimpleName() + " within " + WAIT_MILLIS + " ms");
            }
            CameraSignInEvent event = next.event();
            if (type.isInstance(event)) {
                return next.atNanos();
            }
            if (event instanceof CameraSignInEvent.TapCardInstead || event instanceof CameraSignInEvent.NoCamera
                    || event instanceof CameraSignInEvent.FaceMatched) {
                throw new IllegalStateException("the sign-in ended with " + event + " before " + type.getSimpleName());
            }
        }
    }

    /** The bare work of the frames the coach needs: the engine's analysis and the decision, on the same frame. */
    private long bareFramesNanos(BufferedImage frame) {
        long start = System.nanoTime();
        for (int i = 0; i < FaceCoach.MATCHES_NEEDED; i++) {
            sink = policy.decide(engine.analyse(frame), gallery);
        }
        return System.nanoTime() - start;
    }

    /** The resident's template from the enrolment photo, among 9,999 random unit vectors of other keys. */
    private static FaceGallery<UUID> gallery(FaceEngine engine, BufferedImage enrolment) {
        List<Map.Entry<UUID, FaceTemplate>> entries = new ArrayList<>(GALLERY_SIZE);
        entries.add(Map.entry(RESIDENT, engine.analyse(enrolment).faces().getFirst().template()));
        Random random = new Random(8);
        while (entries.size() < GALLERY_SIZE) {
            entries.add(Map.entry(new UUID(random.nextLong(), random.nextLong()),
                    unitVector(engine.embedderId(), engine.templateDimensions(), random)));
        }
        return FaceGallery.of(engine.embedderId(), engine.templateDimensions(), entries);
    }

    /** A direction drawn uniformly: independent normal components, scaled to length one. */
    private static FaceTemplate unitVector(String modelId, int dimensions, Random random) {
        double[] gaussian = new double[dimensions];
        double squares = 0;
        for (int i = 0; i < dimensions; i++) {
            gaussian[i] = random.nextGaussian();
            squares += gaussian[i] * gaussian[i];
        }
        float[] values = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            values[i] = (float) (gaussian[i] / Math.sqrt(squares));
        }
        return FaceTemplate.of(modelId, values);
    }

    private static BufferedImage read(Path photo) throws IOException {
        if (!Files.isRegularFile(photo)) {
            throw new IOException("no photo " + photo + ": dlib's examples are missing (apt-get install libdlib19.1)");
        }
        BufferedImage image = ImageIO.read(photo.toFile());
        if (image == null) {
            throw new IOException("not an image: " + photo);
        }
        return image;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
