package org.huzhu.face.model.opencvzoo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.face.model.Detection;
import org.huzhu.face.model.FaceBox;
import org.huzhu.face.model.FaceDetector;
import org.huzhu.face.model.FaceLandmarks;
import org.huzhu.face.model.OpenCvNatives;
import org.huzhu.face.model.Point;
import org.huzhu.face.pack.ModelEntry;
import org.huzhu.face.pack.ModelPackException;
import org.opencv.core.CvException;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.objdetect.FaceDetectorYN;

/**
 * Kind {@code yunet-detector}: OpenCV zoo's YuNet through {@code FaceDetectorYN} (OpenCV does the pre- and
 * post-processing). Each row of its output: box x, y, w, h, then the five points (the person's right eye, which is on
 * the image's left, left eye, nose tip, right and left mouth corners), then the score. Not tested here: no reachable
 * registry ships the model file (README "Face models").
 */
public final class YunetDetector implements FaceDetector {

    private static final float SCORE = 0.9f;
    private static final float NMS = 0.3f;
    private static final int TOP_K = 50;

    private final FaceDetectorYN detector;

    public YunetDetector(ModelEntry entry) throws ModelPackException {
        OpenCvNatives.load();
        try {
            this.detector = FaceDetectorYN.create(entry.file().toString(), "",
                    new Size(entry.inputWidth(), entry.inputHeight()), SCORE, NMS, TOP_K);
        } catch (CvException e) {
            throw new ModelPackException(entry.file().getFileName() + ": OpenCV cannot load it as YuNet ("
                    + e.getMessage() + ")", e);
        }
    }

    @Override
    public List<Detection> detect(Mat bgrFrame) {
        detector.setInputSize(new Size(bgrFrame.cols(), bgrFrame.rows()));
        Mat faces = new Mat();
        try {
            detector.detect(bgrFrame, faces);
            List<Detection> detections = new ArrayList<>(faces.rows());
            float[] row = new float[15];
            for (int i = 0; i < faces.rows(); i++) {
                faces.get(i, 0, row);
                if (row[2] <= 0 || row[3] <= 0) {
                    continue;
                }
                FaceLandmarks points = new FaceLandmarks(new Point(row[4], row[5]), new Point(row[6], row[7]),
                        new Point(row[8], row[9]), new Point(row[10], row[11]), new Point(row[12], row[13]),
                        List.of(new Point(row[4], row[5]), new Point(row[6], row[7]), new Point(row[8], row[9]),
                                new Point(row[10], row[11]), new Point(row[12], row[13])));
                detections.add(new Detection(new FaceBox(row[0], row[1], row[2], row[3]), row[14],
                        Optional.of(points)));
            }
            return detections;
        } finally {
            faces.release();
        }
    }

    @Override
    public void close() {
        // FaceDetectorYN is freed by its finaliser once unreachable; the Java API has no explicit release.
    }
}
