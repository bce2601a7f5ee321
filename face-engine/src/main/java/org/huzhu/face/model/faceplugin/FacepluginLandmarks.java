package org.huzhu.face.model.faceplugin;

import java.util.ArrayList;
import java.util.List;
import org.huzhu.face.model.Detection;
import org.huzhu.face.model.FaceBox;
import org.huzhu.face.model.FaceLandmarks;
import org.huzhu.face.model.LandmarkModel;
import org.huzhu.face.model.OnnxNet;
import org.huzhu.face.model.Point;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.imgproc.Imgproc;

/**
 * Kind {@code faceplugin-landmarks68}: the 68 points of the iBUG scheme from the face box resized to 64x64 grey,
 * v / 256; the output is 136 values, x and y as fractions of the box. The five alignment points: the mean of each
 * eye's four lid points, the nose tip (30), and each mouth corner averaged with the inner lip corner next to it.
 */
public final class FacepluginLandmarks implements LandmarkModel {

    private final OnnxNet net;
    private final Size input;

    public FacepluginLandmarks(OnnxNet net) {
        this.net = net;
        this.input = new Size(net.entry().inputWidth(), net.entry().inputHeight());
    }

    @Override
    public FaceLandmarks landmarks(Mat bgrFrame, Detection face) {
        FaceBox box = face.box();
        Rect crop = new Rect((int) box.x(), (int) box.y(),
                Math.max(1, Math.min((int) box.width(), bgrFrame.cols() - (int) box.x())),
                Math.max(1, Math.min((int) box.height(), bgrFrame.rows() - (int) box.y())));
        Mat region = bgrFrame.submat(crop);
        Mat grey = new Mat();
        Mat blob = null;
        float[] values;
        try {
            Imgproc.cvtColor(region, grey, Imgproc.COLOR_BGR2GRAY);
            blob = Dnn.blobFromImage(grey, 1 / 256.0, input, new Scalar(0), false, false);
            values = net.forward(blob);
        } finally {
            region.release();
            grey.release();
            if (blob != null) {
                blob.release();
            }
        }
        List<Point> points = new ArrayList<>(values.length / 2);
        for (int i = 0; i + 1 < values.length; i += 2) {
            points.add(new Point(crop.x + values[i] * crop.width, crop.y + values[i + 1] * crop.height));
        }
        return new FaceLandmarks(mean(points, 37, 38, 40, 41), mean(points, 43, 44, 46, 47), points.get(30),
                mean(points, 48, 60), mean(points, 54, 64), points);
    }

    private static Point mean(List<Point> points, int... indices) {
        double x = 0;
        double y = 0;
        for (int index : indices) {
            x += points.get(index).x();
            y += points.get(index).y();
        }
        return new Point(x / indices.length, y / indices.length);
    }

    @Override
    public void close() {
        net.close();
    }
}
