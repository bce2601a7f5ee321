package org.huzhu.face;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.huzhu.face.model.Detection;
import org.huzhu.face.model.FaceDetector;
import org.huzhu.face.model.FaceEmbedder;
import org.huzhu.face.model.FaceLandmarks;
import org.huzhu.face.model.Frames;
import org.huzhu.face.model.LandmarkModel;
import org.huzhu.face.model.LivenessModel;
import org.huzhu.face.pack.ModelPack;
import org.huzhu.face.pack.ModelPackException;
import org.huzhu.face.pack.ModelRole;
import org.opencv.core.Mat;

/** BENCH support: the median milliseconds of each stage of the pipeline on one frame, for the speed bench. */
public final class StageTimes {

    private StageTimes() {
    }

    /** Stage name to median milliseconds over {@code runs}, each stage run on its own after warm-up. */
    public static Map<String, Double> measure(ModelPack pack, BufferedImage frame, int runs) throws ModelPackException {
        FaceDetector detector = ModelKinds.detector(pack.model(ModelRole.DETECTOR));
        LandmarkModel landmarks = ModelKinds.landmarks(pack.model(ModelRole.LANDMARKS));
        FaceEmbedder embedder = ModelKinds.embedder(pack.model(ModelRole.EMBEDDER));
        LivenessModel liveness = ModelKinds.liveness(pack.model(ModelRole.LIVENESS));
        Mat bgr = Frames.toBgrMat(frame);
        try {
            Detection face = detector.detect(bgr).getFirst();
            FaceLandmarks points = landmarks.landmarks(bgr, face);
            Map<String, Double> times = new LinkedHashMap<>();
            times.put("frame to Mat", median(runs, () -> Frames.toBgrMat(frame).release()));
            times.put("detect", median(runs, () -> detector.detect(bgr)));
            times.put("landmarks", median(runs, () -> landmarks.landmarks(bgr, face)));
            times.put("quality", median(runs, () -> QualityMeter.measure(bgr, face.box(), points)));
            times.put("liveness", median(runs, () -> liveness.liveness(bgr, face)));
            times.put("align + embed", median(runs, () -> embedder.embed(bgr, points)));
            return times;
        } finally {
            bgr.release();
        }
    }

    private static double median(int runs, Runnable stage) {
        for (int i = 0; i < 20; i++) {
            stage.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            stage.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }
}
