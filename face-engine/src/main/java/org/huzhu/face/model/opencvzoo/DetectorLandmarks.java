package org.huzhu.face.model.opencvzoo;

import org.huzhu.face.model.Detection;
import org.huzhu.face.model.FaceLandmarks;
import org.huzhu.face.model.LandmarkModel;
import org.opencv.core.Mat;

/**
 * Kind {@code yunet-landmarks5}: the five points YuNet gives with each face (the manifest's landmarks entry names the
 * detector's file, so the pack check still covers it). Fails loudly if paired with a detector that gives none.
 */
public final class DetectorLandmarks implements LandmarkModel {

    @Override
    public FaceLandmarks landmarks(Mat bgrFrame, Detection face) {
        return face.landmarks().orElseThrow(() -> new IllegalStateException(
                "landmarks kind yunet-landmarks5 needs a detector that gives landmarks (kind yunet-detector)"));
    }

    @Override
    public void close() {
        // Nothing held.
    }
}
