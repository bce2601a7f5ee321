package org.huzhu.face.model;

import java.util.List;

/**
 * A face's landmarks in frame pixels: the five points every embedder aligns on, and all the points the landmark
 * model gave (68 for the faceplugin model, the same five for YuNet).
 *
 * @param leftEye    centre of the eye on the left of the image
 * @param rightEye   centre of the eye on the right of the image
 * @param noseTip    tip of the nose
 * @param mouthLeft  mouth corner on the left of the image
 * @param mouthRight mouth corner on the right of the image
 * @param all        every point of the model, in its order
 */
public record FaceLandmarks(Point leftEye, Point rightEye, Point noseTip, Point mouthLeft, Point mouthRight,
        List<Point> all) {

    public FaceLandmarks {
        all = List.copyOf(all);
    }

    /** The five alignment points in template order: left eye, right eye, nose, mouth left, mouth right. */
    public List<Point> alignmentPoints() {
        return List.of(leftEye, rightEye, noseTip, mouthLeft, mouthRight);
    }
}
