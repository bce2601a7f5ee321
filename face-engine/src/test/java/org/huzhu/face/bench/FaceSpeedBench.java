package org.huzhu.face.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.FaceGallery;
import org.huzhu.face.FaceTemplate;
import org.huzhu.face.FrameAnalysis;
import org.huzhu.face.StageTimes;
import org.huzhu.face.model.Frames;
import org.huzhu.face.model.OnnxNet;
import org.huzhu.face.pack.ModelEntry;
import org.huzhu.face.pack.ModelPack;
import org.huzhu.face.pack.ModelRole;
import org.huzhu.face.testsupport.PublicPhotos;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;

/**
 * BENCH. (1) Detect + landmarks + align + embed + liveness + quality per 640x480 frame with one face, median, beside a
 * floor measured in the same run: one bare forward pass of the same detector network on a prepared input. Goal: median
 * at most 30 ms on 2 cores. (2) 1:N search over 10,000 templates of 512 values, median, beside a floor: one pass
 * summing an array of the same size. Goal: at most 2 ms.
 *
 * <p>Run: {@code ./mvnw -Pbench package -pl face-engine [-Dbench.frames=N]}, or this main with
 * {@code PACK_DIR PHOTOS_DIR [FRAMES]}.
 */
public final class FaceSpeedBench {

    private static final int WARMUP = 20;
    private static final int GALLERY_SIZE = 10_000;
    private static final int DIMENSIONS = 512;
    private static volatile double sink;

    private FaceSpeedBench() {
    }

    public static void main(String[] args) throws Exception {
        ModelPack pack = ModelPack.load(Path.of(args[0]));
        System.setProperty("huzhu.face.photos", args[1]);
        int frames = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        System.out.printf("Face bench, pack %s, %d cores, %d frames after %d warm-up%n", pack.name(),
                Runtime.getRuntime().availableProcessors(), frames, WARMUP);
        pipeline(pack, frames);
        search(frames * 5);
    }

    private static void pipeline(ModelPack pack, int frames) throws Exception {
        BufferedImage frame = oneFaceFrame();
        try (FaceEngine engine = FaceEngine.open(pack); OnnxNet detector = OnnxNet.load(pack.model(ModelRole.DETECTOR))) {
            FrameAnalysis check = engine.analyse(frame);
            if (check.faces().size() != 1) {
                throw new IllegalStateException("the bench frame should show one face, found " + check.faces().size());
            }
            Mat blob = detectorInput(frame, pack.model(ModelRole.DETECTOR));
            double[] medians = medians(frames, () -> engine.analyse(frame), () -> detector.forward(blob));
            blob.release();
            double pipeline = medians[0];
            double floor = medians[1];
            System.out.printf("  frame 640x480, one face: detect+landmarks+align+embed+liveness+quality median %.2f ms"
                    + " (goal <= 30); floor (bare detector forward pass) %.2f ms; ratio %.1f%n", pipeline, floor,
                    pipeline / floor);
            StringBuilder stages = new StringBuilder("  stages (median ms):");
            StageTimes.measure(pack, frame, frames).forEach((stage, millis) -> stages.append(String.format(
                    Locale.ROOT, " %s %.2f;", stage, millis)));
            System.out.println(stages);
        }
    }

    private static void search(int searches) {
        Random random = new Random(17);
        List<Map.Entry<Integer, FaceTemplate>> entries = new ArrayList<>(GALLERY_SIZE);
        for (int i = 0; i < GALLERY_SIZE; i++) {
            entries.add(Map.entry(i, randomTemplate(random)));
        }
        FaceGallery<Integer> gallery = FaceGallery.of("bench", DIMENSIONS, entries);
        FaceTemplate probe = randomTemplate(random);
        float[] flat = new float[GALLERY_SIZE * DIMENSIONS];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = random.nextFloat();
        }
        double[] medians = medians(searches, () -> gallery.search(probe), () -> sum(flat));
        double search = medians[0];
        double floor = medians[1];
        System.out.printf("  1:N search over %,d templates of %d floats: median %.3f ms (goal <= 2); floor (one pass"
                + " summing an array of the same size) %.3f ms; ratio %.1f%n", GALLERY_SIZE, DIMENSIONS, search, floor,
                search / floor);
    }

    /** A 640x480 frame: the Tom Cruise portrait of dlib's examples scaled to the frame's height, on grey. */
    private static BufferedImage oneFaceFrame() {
        BufferedImage portrait = PublicPhotos.read(PublicPhotos.root().resolve("faces/Tom_Cruise_avp_2014_4.jpg"));
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = frame.createGraphics();
        graphics.setColor(Color.GRAY);
        graphics.fillRect(0, 0, 640, 480);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        int width = portrait.getWidth() * 480 / portrait.getHeight();
        graphics.drawImage(portrait, (640 - width) / 2, 0, width, 480, null);
        graphics.dispose();
        return frame;
    }

    private static Mat detectorInput(BufferedImage frame, ModelEntry detector) {
        Mat bgr = Frames.toBgrMat(frame);
        Mat blob = Dnn.blobFromImage(bgr, 1 / 128.0, new Size(detector.inputWidth(), detector.inputHeight()),
                new Scalar(127, 127, 127), true, false);
        bgr.release();
        return blob;
    }

    private static FaceTemplate randomTemplate(Random random) {
        float[] values = new float[DIMENSIONS];
        double sum = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            values[i] = (float) random.nextGaussian();
            sum += values[i] * values[i];
        }
        for (int i = 0; i < DIMENSIONS; i++) {
            values[i] /= (float) Math.sqrt(sum);
        }
        return FaceTemplate.of("bench", values);
    }

    private static float sum(float[] values) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        for (int i = 0; i < values.length; i += 4) {
            s0 += values[i];
            s1 += values[i + 1];
            s2 += values[i + 2];
            s3 += values[i + 3];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Median milliseconds of {@code work} and of {@code floor}, run alternately so that the other load on a shared
     * machine weighs on both alike.
     */
    private static double[] medians(int runs, Supplier<Object> work, Supplier<Object> floor) {
        for (int i = 0; i < WARMUP; i++) {
            consume(work.get());
            consume(floor.get());
        }
        List<Double> workMillis = new ArrayList<>(runs);
        List<Double> floorMillis = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            workMillis.add(millis(work));
            floorMillis.add(millis(floor));
        }
        Collections.sort(workMillis);
        Collections.sort(floorMillis);
        return new double[] {workMillis.get(runs / 2), floorMillis.get(runs / 2)};
    }

    private static double millis(Supplier<Object> work) {
        long start = System.nanoTime();
        consume(work.get());
        return (System.nanoTime() - start) / 1e6;
    }

    private static void consume(Object result) {
        sink += result.hashCode();
    }
}
