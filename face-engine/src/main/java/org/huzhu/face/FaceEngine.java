package org.huzhu.face;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
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

/**
 * Detect, place landmarks, align, embed and score liveness, on the CPU through OpenCV DNN, with the models of a
 * checked {@link ModelPack}.
 *
 * <p><b>Threading:</b> thread-safe by confinement under one lock: OpenCV's {@code Net} keeps state between calls and
 * is not thread-safe, so {@link #analyse} runs one frame at a time and a second caller waits. Call it from a
 * background thread (camera or executor), never the FX thread: a 640x480 frame with one face takes about 15 ms on 2
 * idle cores, 50 ms on a loaded machine (README "Benchmarks"), and each further face adds most of that again.
 *
 * <p><b>Resources:</b> every native {@code Mat} a frame needs is released before {@link #analyse} returns; the
 * networks are freed when the engine is closed and unreachable. <b>Privacy:</b> frames are only read in memory;
 * nothing is written anywhere.
 */
public final class FaceEngine implements AutoCloseable {

    private final ReentrantLock lock = new ReentrantLock();
    private final String packName;
    private final String embedderId;
    private final double similarityThreshold;
    private final FaceDetector detector;
    private final LandmarkModel landmarks;
    private final FaceEmbedder embedder;
    private final LivenessModel liveness;
    private boolean closed;

    private FaceEngine(ModelPack pack, FaceDetector detector, LandmarkModel landmarks, FaceEmbedder embedder,
            LivenessModel liveness) {
        this.packName = pack.name();
        this.embedderId = pack.model(ModelRole.EMBEDDER).id();
        this.similarityThreshold = pack.similarityThreshold();
        this.detector = detector;
        this.landmarks = landmarks;
        this.embedder = embedder;
        this.liveness = liveness;
    }

    /** Loads the pack's four networks (about 0.3 s for the development pack). */
    public static FaceEngine open(ModelPack pack) throws ModelPackException {
        return new FaceEngine(pack, ModelKinds.detector(pack.model(ModelRole.DETECTOR)),
                ModelKinds.landmarks(pack.model(ModelRole.LANDMARKS)),
                ModelKinds.embedder(pack.model(ModelRole.EMBEDDER)),
                ModelKinds.liveness(pack.model(ModelRole.LIVENESS)));
    }

    /** The model id every template of this engine carries (the embedder's, from the manifest). */
    public String embedderId() {
        return embedderId;
    }

    public String packName() {
        return packName;
    }

    /** The number of values in this engine's templates (512 for the development pack, 128 for SFace). */
    public int templateDimensions() {
        return embedder.dimensions();
    }

    /** The pack's similarity threshold (see {@link ModelPack#similarityThreshold()}). */
    public double similarityThreshold() {
        return similarityThreshold;
    }

    /** Every face in the frame, analysed; the image is only read. Blocks while another frame is analysed. */
    public FrameAnalysis analyse(BufferedImage frame) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the face engine is closed");
            }
            Mat bgr = Frames.toBgrMat(frame);
            try {
                List<AnalysedFace> faces = new ArrayList<>();
                for (Detection detection : detector.detect(bgr)) {
                    faces.add(analyseFace(bgr, detection));
                }
                faces.sort(Comparator.comparingDouble((AnalysedFace f) -> f.box().height()).reversed());
                return new FrameAnalysis(frame.getWidth(), frame.getHeight(), faces);
            } finally {
                bgr.release();
            }
        } finally {
            lock.unlock();
        }
    }

    private AnalysedFace analyseFace(Mat bgr, Detection detection) {
        FaceLandmarks points = landmarks.landmarks(bgr, detection);
        FaceQuality quality = QualityMeter.measure(bgr, detection.box(), points);
        float live = liveness.liveness(bgr, detection);
        FaceTemplate template = FaceTemplate.of(embedderId, embedder.embed(bgr, points));
        return new AnalysedFace(detection.box(), detection.score(), points, quality, live, template);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                detector.close();
                landmarks.close();
                embedder.close();
                liveness.close();
            }
        } finally {
            lock.unlock();
        }
    }
}
