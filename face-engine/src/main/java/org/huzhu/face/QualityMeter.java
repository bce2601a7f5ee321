package org.huzhu.face;

import org.huzhu.face.model.FaceBox;
import org.huzhu.face.model.FaceCrops;
import org.huzhu.face.model.FaceLandmarks;
import org.huzhu.face.model.Point;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Measures a face's {@link FaceQuality}. Stateless and thread-safe. */
final class QualityMeter {

    /** Faces are measured at one size so that sharpness does not depend on how large the face is in the frame. */
    private static final int MEASURE_WIDTH = 112;

    private QualityMeter() {
    }

    static FaceQuality measure(Mat bgrFrame, FaceBox box, FaceLandmarks landmarks) {
        Point left = landmarks.leftEye();
        Point right = landmarks.rightEye();
        double eyeDistance = Math.max(1e-6, Math.hypot(right.x() - left.x(), right.y() - left.y()));
        double yaw = Math.abs(landmarks.noseTip().x() - (left.x() + right.x()) / 2) / eyeDistance;
        double roll = Math.toDegrees(Math.atan2(right.y() - left.y(), right.x() - left.x()));
        Rect crop = FaceCrops.scaled(box, 1.0, bgrFrame.cols(), bgrFrame.rows());
        Mat region = bgrFrame.submat(crop);
        Mat grey = new Mat();
        Mat small = new Mat();
        Mat laplacian = new Mat();
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble deviation = new MatOfDouble();
        try {
            Imgproc.cvtColor(region, grey, Imgproc.COLOR_BGR2GRAY);
            double scale = (double) MEASURE_WIDTH / crop.width;
            Imgproc.resize(grey, small, new Size(MEASURE_WIDTH, Math.max(1, Math.round(crop.height * scale))), 0, 0,
                    Imgproc.INTER_AREA);
            double brightness = Core.mean(small).val[0];
            Imgproc.Laplacian(small, laplacian, CvType.CV_64F);
            Core.meanStdDev(laplacian, mean, deviation);
            double sharpness = Math.pow(deviation.toArray()[0], 2);
            return new FaceQuality(box.height() / bgrFrame.rows(), yaw, roll, sharpness, brightness);
        } finally {
            region.release();
            grey.release();
            small.release();
            laplacian.release();
            mean.release();
            deviation.release();
        }
    }
}
