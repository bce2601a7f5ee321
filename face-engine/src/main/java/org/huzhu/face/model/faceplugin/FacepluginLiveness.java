package org.huzhu.face.model.faceplugin;

import org.huzhu.face.model.Detection;
import org.huzhu.face.model.FaceCrops;
import org.huzhu.face.model.LivenessModel;
import org.huzhu.face.model.OnnxNet;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;

/**
 * Kind {@code faceplugin-liveness}: a two-class network on the face box grown 2.7 times about its centre (the face
 * with its surroundings, where a photo's or a screen's edges show), 128x128 RGB, raw 0..255; the score is the softmax
 * of the first class (live).
 */
public final class FacepluginLiveness implements LivenessModel {

    private static final double CONTEXT_SCALE = 2.7;

    private final OnnxNet net;
    private final Size input;

    public FacepluginLiveness(OnnxNet net) {
        this.net = net;
        this.input = new Size(net.entry().inputWidth(), net.entry().inputHeight());
    }

    @Override
    public float liveness(Mat bgrFrame, Detection face) {
        Rect crop = FaceCrops.scaled(face.box(), CONTEXT_SCALE, bgrFrame.cols(), bgrFrame.rows());
        Mat region = bgrFrame.submat(crop);
        Mat blob = Dnn.blobFromImage(region, 1.0, input, new Scalar(0, 0, 0), true, false);
        float[] logits;
        try {
            logits = net.forward(blob);
        } finally {
            region.release();
            blob.release();
        }
        double max = Double.NEGATIVE_INFINITY;
        for (float logit : logits) {
            max = Math.max(max, logit);
        }
        double live = Math.exp(logits[0] - max);
        double other = 0;
        for (int i = 1; i < logits.length; i++) {
            other += Math.exp(logits[i] - max);
        }
        return (float) (live / (live + other));
    }

    @Override
    public void close() {
        net.close();
    }
}
