package org.huzhu.face.model.faceplugin;

import java.util.List;
import org.huzhu.face.model.FaceEmbedder;
import org.huzhu.face.model.FaceLandmarks;
import org.huzhu.face.model.OnnxNet;
import org.huzhu.face.model.Point;
import org.huzhu.face.model.SimilarityAligner;
import org.huzhu.face.model.UnitVectors;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;

/**
 * Kind {@code faceplugin-embedder512}: a 512-value embedding of the face aligned to the common 112x112 five-point
 * template (ArcFace's), RGB, (v - 127) / 128; returned unit-length so that a dot product is the cosine similarity.
 */
public final class FacepluginEmbedder implements FaceEmbedder {

    private static final List<Point> TEMPLATE_112 = List.of(new Point(38.2946, 51.6963), new Point(73.5318, 51.5014),
            new Point(56.0252, 71.7366), new Point(41.5493, 92.3655), new Point(70.7299, 92.2041));

    private final OnnxNet net;
    private final SimilarityAligner aligner;
    private final Size input;
    private final int dimensions;

    public FacepluginEmbedder(OnnxNet net) {
        this.net = net;
        int width = net.entry().inputWidth();
        int height = net.entry().inputHeight();
        this.input = new Size(width, height);
        this.aligner = new SimilarityAligner(TEMPLATE_112.stream()
                .map(p -> new Point(p.x() * width / 112.0, p.y() * height / 112.0)).toList(), width, height);
        Mat probe = Mat.zeros(height, width, org.opencv.core.CvType.CV_8UC3);
        this.dimensions = run(probe).length;
        probe.release();
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(Mat bgrFrame, FaceLandmarks landmarks) {
        Mat aligned = aligner.align(bgrFrame, landmarks);
        try {
            return UnitVectors.normalise(run(aligned));
        } finally {
            aligned.release();
        }
    }

    private float[] run(Mat alignedBgr) {
        Mat blob = Dnn.blobFromImage(alignedBgr, 1 / 128.0, input, new Scalar(127, 127, 127), true, false);
        try {
            return net.forward(blob);
        } finally {
            blob.release();
        }
    }

    @Override
    public void close() {
        net.close();
    }
}
