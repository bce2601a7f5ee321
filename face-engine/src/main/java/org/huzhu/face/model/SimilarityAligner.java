package org.huzhu.face.model;

import java.util.List;
import org.opencv.calib3d.Calib3d;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Warps a face onto an embedder's template: the similarity transform (rotation, uniform scale, shift) that best maps
 * the five landmarks onto the template's five points, by least squares. Immutable and thread-safe.
 */
public final class SimilarityAligner {

    private final org.opencv.core.Point[] template;
    private final Size size;

    /** @param template the five points in the embedder's input, in {@link FaceLandmarks#alignmentPoints()} order */
    public SimilarityAligner(List<Point> template, int width, int height) {
        if (template.size() != 5) {
            throw new IllegalArgumentException("an alignment template has five points, got " + template.size());
        }
        this.template = template.stream().map(p -> new org.opencv.core.Point(p.x(), p.y()))
                .toArray(org.opencv.core.Point[]::new);
        this.size = new Size(width, height);
    }

    /** A new aligned BGR crop of the template's size; the caller releases it. */
    public Mat align(Mat bgrFrame, FaceLandmarks landmarks) {
        MatOfPoint2f from = new MatOfPoint2f(landmarks.alignmentPoints().stream()
                .map(p -> new org.opencv.core.Point(p.x(), p.y())).toArray(org.opencv.core.Point[]::new));
        MatOfPoint2f to = new MatOfPoint2f(template);
        Mat transform = Calib3d.estimateAffinePartial2D(from, to, new Mat(), Calib3d.LMEDS);
        Mat aligned = new Mat();
        try {
            Imgproc.warpAffine(bgrFrame, aligned, transform, size);
            return aligned;
        } finally {
            from.release();
            to.release();
            transform.release();
        }
    }
}
