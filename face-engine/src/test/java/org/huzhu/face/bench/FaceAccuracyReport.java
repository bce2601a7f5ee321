package org.huzhu.face.bench;

import java.io.PrintStream;
import java.util.List;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.FacePolicy;
import org.huzhu.face.pack.ModelPack;
import org.huzhu.face.testsupport.FaceAccuracy;
import org.huzhu.face.testsupport.PublicPhotos;

/**
 * ACCURACY. False match and false non-match rates at the chosen threshold over every genuine and impostor pair of
 * dlib's johns photos, the threshold's derivation (extremes and equal-error threshold), detection recall on
 * {@code faces/testing.xml} (IoU at least 0.5) and liveness scores.
 *
 * <p>Run: {@code ./mvnw -Pbench package -pl face-engine} (with the speed bench), or this main with
 * {@code PACK_DIR [PHOTOS_DIR]}.
 */
public final class FaceAccuracyReport {

    private FaceAccuracyReport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1) {
            System.setProperty("huzhu.face.photos", args[1]);
        }
        PrintStream out = System.out;
        try (FaceEngine engine = FaceEngine.open(ModelPack.load(java.nio.file.Path.of(args[0])))) {
            FaceAccuracy.Pairs pairs = FaceAccuracy.johnsPairs(engine);
            double threshold = engine.similarityThreshold();
            FacePolicy policy = FacePolicy.standard(threshold);
            out.printf("Face accuracy, pack %s, johns: %d photos (duplicates dropped), no face found in %d%n",
                    engine.packName(), PublicPhotos.johns().size(), pairs.noFace().size());
            out.printf("  genuine pairs %d: lowest similarity %.3f; impostor pairs %d: highest %.3f%n",
                    pairs.genuine().size(), pairs.lowestGenuine(), pairs.impostor().size(), pairs.highestImpostor());
            out.printf("  equal-error threshold %.3f (FMR %.4f, FNMR %.4f there)%n", pairs.equalErrorThreshold(),
                    pairs.falseMatchRate(pairs.equalErrorThreshold()),
                    pairs.falseNonMatchRate(pairs.equalErrorThreshold()));
            for (double t : List.of(0.30, 0.35, threshold, 0.45, 0.50)) {
                out.printf("  threshold %.2f: false match rate %.4f, false non-match rate %.4f%s%n", t,
                        pairs.falseMatchRate(t), pairs.falseNonMatchRate(t), t == threshold ? "  <- chosen" : "");
            }
            FloatSummary live = FloatSummary.of(pairs.liveness());
            out.printf("  liveness on the johns photos (photos of photos): min %.3f, median %.3f, max %.3f; below"
                    + " %.2f: %d of %d%n", live.min(), live.median(), live.max(),
                    policy.livenessThreshold(),
                    pairs.liveness().stream().filter(s -> s < policy.livenessThreshold()).count(),
                    pairs.liveness().size());
            FaceAccuracy.Recall recall = FaceAccuracy.detectionRecall(engine);
            out.printf("Detection recall on faces/testing.xml: %d of %d annotated faces (%.1f %%), %d detections%n",
                    recall.found(), recall.annotated(), 100 * recall.recall(), recall.detections());
        }
    }

    /** Minimum, median and maximum of some scores. */
    record FloatSummary(double min, double median, double max) {

        static FloatSummary of(List<Float> values) {
            List<Float> sorted = values.stream().sorted().toList();
            return new FloatSummary(sorted.getFirst(), sorted.get(sorted.size() / 2), sorted.getLast());
        }
    }
}
