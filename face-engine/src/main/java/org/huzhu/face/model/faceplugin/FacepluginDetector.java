package org.huzhu.face.model.faceplugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.huzhu.face.model.Detection;
import org.huzhu.face.model.FaceBox;
import org.huzhu.face.model.FaceDetector;
import org.huzhu.face.model.OnnxNet;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;

/**
 * Kind {@code faceplugin-detector}: an SSD-style detector (4,420 priors at 320x240) whose outputs are already decoded:
 * {@code scores} (background, face) and {@code boxes} (corners, 0..1 of the input). Input: RGB, (v - 127) / 128.
 * Boxes are kept above a confidence of 0.65, merged by non-maximum suppression at IoU 0.4 and made square on their
 * height, as the landmark and liveness models expect.
 */
public final class FacepluginDetector implements FaceDetector {

    static final float CONFIDENCE = 0.65f;
    private static final double NMS_IOU = 0.4;
    private static final List<String> OUTPUTS = List.of("scores", "boxes");

    private final OnnxNet net;
    private final Size input;

    public FacepluginDetector(OnnxNet net) {
        this.net = net;
        this.input = new Size(net.entry().inputWidth(), net.entry().inputHeight());
    }

    @Override
    public List<Detection> detect(Mat bgrFrame) {
        Mat blob = Dnn.blobFromImage(bgrFrame, 1 / 128.0, input, new Scalar(127, 127, 127), true, false);
        List<float[]> outputs;
        try {
            outputs = net.forward(blob, OUTPUTS);
        } finally {
            blob.release();
        }
        float[] scores = outputs.get(0);
        float[] boxes = outputs.get(1);
        List<Detection> candidates = new ArrayList<>();
        int width = bgrFrame.cols();
        int height = bgrFrame.rows();
        for (int prior = 0; prior < scores.length / 2; prior++) {
            float score = scores[prior * 2 + 1];
            if (score < CONFIDENCE) {
                continue;
            }
            double x1 = boxes[prior * 4] * width;
            double y1 = boxes[prior * 4 + 1] * height;
            double x2 = boxes[prior * 4 + 2] * width;
            double y2 = boxes[prior * 4 + 3] * height;
            if (x2 > x1 && y2 > y1) {
                candidates.add(new Detection(new FaceBox(x1, y1, x2 - x1, y2 - y1), score));
            }
        }
        return suppressOverlaps(candidates).stream().map(d -> square(d, width, height)).toList();
    }

    private static List<Detection> suppressOverlaps(List<Detection> candidates) {
        List<Detection> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> kept = new ArrayList<>();
        for (Detection candidate : sorted) {
            if (kept.stream().noneMatch(k -> k.box().iou(candidate.box()) > NMS_IOU)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static Detection square(Detection detection, int width, int height) {
        FaceBox box = detection.box();
        double side = box.height();
        double x1 = Math.max(0, box.centreX() - side / 2);
        double y1 = Math.max(0, box.centreY() - side / 2);
        double x2 = Math.min(width - 1, box.centreX() + side / 2);
        double y2 = Math.min(height - 1, box.centreY() + side / 2);
        return new Detection(new FaceBox(x1, y1, x2 - x1, y2 - y1), detection.score());
    }

    @Override
    public void close() {
        net.close();
    }
}
