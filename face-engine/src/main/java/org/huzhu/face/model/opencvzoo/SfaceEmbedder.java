package org.huzhu.face.model.opencvzoo;

import org.huzhu.face.model.FaceEmbedder;
import org.huzhu.face.model.FaceLandmarks;
import org.huzhu.face.model.OpenCvNatives;
import org.huzhu.face.model.Point;
import org.huzhu.face.model.UnitVectors;
import org.huzhu.face.pack.ModelEntry;
import org.huzhu.face.pack.ModelPackException;
import org.opencv.core.CvException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.objdetect.FaceRecognizerSF;

/**
 * Kind {@code sface-embedder128}: OpenCV zoo's SFace through {@code FaceRecognizerSF}: its own {@code alignCrop}
 * (a similarity transform of the five points to its 112x112 template) and a 128-value feature, returned unit-length.
 * The zoo's demo accepts cosine 0.363 and above. Not tested here: no reachable registry ships the model file.
 */
public final class SfaceEmbedder implements FaceEmbedder {

    private static final int DIMENSIONS = 128;

    private final FaceRecognizerSF recognizer;

    public SfaceEmbedder(ModelEntry entry) throws ModelPackException {
        OpenCvNatives.load();
        try {
            this.recognizer = FaceRecognizerSF.create(entry.file().toString(), "");
        } catch (CvException e) {
            throw new ModelPackException(entry.file().getFileName() + ": OpenCV cannot load it as SFace ("
                    + e.getMessage() + ")", e);
        }
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(Mat bgrFrame, FaceLandmarks landmarks) {
        Mat face = faceRow(landmarks);
        Mat aligned = new Mat();
        Mat feature = new Mat();
        try {
            recognizer.alignCrop(bgrFrame, face, aligned);
            recognizer.feature(aligned, feature);
            Mat flat = feature.reshape(1, 1);
            float[] values = new float[(int) flat.total()];
            flat.get(0, 0, values);
            flat.release();
            return UnitVectors.normalise(values);
        } finally {
            face.release();
            aligned.release();
            feature.release();
        }
    }

    /** The row layout {@code alignCrop} reads (YuNet's): box, then the five points; only the points matter to it. */
    private static Mat faceRow(FaceLandmarks landmarks) {
        float[] row = new float[15];
        int i = 4;
        for (Point point : landmarks.alignmentPoints()) {
            row[i++] = (float) point.x();
            row[i++] = (float) point.y();
        }
        Mat mat = new Mat(1, 15, CvType.CV_32F);
        mat.put(0, 0, row);
        return mat;
    }

    @Override
    public void close() {
        // FaceRecognizerSF is freed by its finaliser once unreachable; the Java API has no explicit release.
    }
}
