package org.huzhu.face;

import org.huzhu.face.model.FaceDetector;
import org.huzhu.face.model.FaceEmbedder;
import org.huzhu.face.model.LandmarkModel;
import org.huzhu.face.model.LivenessModel;
import org.huzhu.face.model.OnnxNet;
import org.huzhu.face.model.faceplugin.FacepluginDetector;
import org.huzhu.face.model.faceplugin.FacepluginEmbedder;
import org.huzhu.face.model.faceplugin.FacepluginLandmarks;
import org.huzhu.face.model.faceplugin.FacepluginLiveness;
import org.huzhu.face.model.opencvzoo.DetectorLandmarks;
import org.huzhu.face.model.opencvzoo.SfaceEmbedder;
import org.huzhu.face.model.opencvzoo.YunetDetector;
import org.huzhu.face.pack.ModelEntry;
import org.huzhu.face.pack.ModelPackException;

/**
 * The model kinds this build can run, one implementation each: a manifest's {@code kind} picks the pre- and
 * post-processing code, so a different pack of a known kind is a manifest, not new code.
 */
final class ModelKinds {

    private ModelKinds() {
    }

    static FaceDetector detector(ModelEntry entry) throws ModelPackException {
        return switch (entry.kind()) {
            case "faceplugin-detector" -> new FacepluginDetector(OnnxNet.load(entry));
            case "yunet-detector" -> new YunetDetector(entry);
            default -> throw unknown(entry, "faceplugin-detector, yunet-detector");
        };
    }

    static LandmarkModel landmarks(ModelEntry entry) throws ModelPackException {
        return switch (entry.kind()) {
            case "faceplugin-landmarks68" -> new FacepluginLandmarks(OnnxNet.load(entry));
            case "yunet-landmarks5" -> new DetectorLandmarks();
            default -> throw unknown(entry, "faceplugin-landmarks68, yunet-landmarks5");
        };
    }

    static FaceEmbedder embedder(ModelEntry entry) throws ModelPackException {
        return switch (entry.kind()) {
            case "faceplugin-embedder512" -> new FacepluginEmbedder(OnnxNet.load(entry));
            case "sface-embedder128" -> new SfaceEmbedder(entry);
            default -> throw unknown(entry, "faceplugin-embedder512, sface-embedder128");
        };
    }

    static LivenessModel liveness(ModelEntry entry) throws ModelPackException {
        return switch (entry.kind()) {
            case "faceplugin-liveness" -> new FacepluginLiveness(OnnxNet.load(entry));
            default -> throw unknown(entry, "faceplugin-liveness");
        };
    }

    private static ModelPackException unknown(ModelEntry entry, String known) {
        return new ModelPackException(entry.file().getFileName() + ": model kind \"" + entry.kind() + "\" for the "
                + entry.role().manifestName() + " is not one this build runs (known: " + known + ")");
    }
}
