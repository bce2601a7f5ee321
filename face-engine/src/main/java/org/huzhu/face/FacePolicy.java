package org.huzhu.face;

import java.util.List;
import java.util.Optional;

/**
 * When a frame signs a resident in. Checks, in order: exactly one face counts (faces less than half as tall as the
 * largest are passers-by behind the person, or the detector's small false finds, and are ignored), it is large,
 * frontal, lit and sharp enough, it is live, its best match clears the
 * similarity threshold and stands far enough above the best match of anybody else. Immutable and thread-safe.
 *
 * @param similarityThreshold least cosine similarity to the best key
 * @param margin              least lead of the best key's score over any other key's
 * @param livenessThreshold   least liveness score
 * @param minHeightRatio      least face height as a fraction of the frame height
 * @param maxYawOffset        most nose offset from the eyes' middle, in eye distances
 * @param maxRollDegrees      most tilt of the eye line
 * @param minSharpness        least Laplacian variance (see {@link FaceQuality#sharpness()})
 * @param minBrightness       least mean grey level
 * @param maxBrightness       most mean grey level
 */
public record FacePolicy(double similarityThreshold, double margin, double livenessThreshold, double minHeightRatio,
        double maxYawOffset, double maxRollDegrees, double minSharpness, double minBrightness, double maxBrightness) {

    /** A face counts as present when it is at least this fraction of the largest face's height. */
    private static final double PRESENT_FRACTION = 0.5;

    /**
     * The defaults around a pack's similarity threshold ({@link FaceEngine#similarityThreshold()}; 0.40 for the
     * development pack): margin 0.08, liveness 0.5, face at least 20 % of the frame height (about 1 m from a 640x480
     * webcam), yaw at most 0.25, roll at most 20 degrees, sharpness at least 40, brightness 50 to 220.
     */
    public static FacePolicy standard(double similarityThreshold) {
        return new FacePolicy(similarityThreshold, 0.08, 0.5, 0.20, 0.25, 20, 40, 50, 220);
    }

    /**
     * The decision for one analysed frame against a gallery of the same model; a gallery of another model is a
     * programming error ({@link InvalidTemplateException}).
     */
    public <K> FaceDecision<K> decide(FrameAnalysis frame, FaceGallery<K> gallery) {
        Optional<FaceRefusal> problem = usabilityProblem(frame);
        if (problem.isPresent()) {
            return refuse(problem.get());
        }
        AnalysedFace face = singleFace(frame).orElseThrow();
        GalleryMatch<K> match = gallery.search(face.template());
        if (match.bestKey().isEmpty() || match.bestScore() < similarityThreshold) {
            return new FaceDecision.Refused<>(FaceRefusal.UNKNOWN, match.bestScore());
        }
        if (match.margin() < margin) {
            return new FaceDecision.Refused<>(FaceRefusal.AMBIGUOUS, match.bestScore());
        }
        return new FaceDecision.Matched<>(match.bestKey().get(), match.bestScore(), match.margin(), face.liveness());
    }

    /** Whether two templates are the same person at this threshold (1:1, as in {@code face compare}). */
    public boolean samePerson(FaceTemplate a, FaceTemplate b) {
        return a.similarity(b) >= similarityThreshold;
    }

    /** The first quality problem of a face, in the order the camera screen prompts for them. */
    public Optional<FaceRefusal> qualityProblem(FaceQuality quality) {
        if (quality.heightRatio() < minHeightRatio) {
            return Optional.of(FaceRefusal.TOO_FAR);
        }
        if (quality.yawOffset() > maxYawOffset || Math.abs(quality.rollDegrees()) > maxRollDegrees) {
            return Optional.of(FaceRefusal.NOT_FRONTAL);
        }
        if (quality.brightness() < minBrightness || quality.brightness() > maxBrightness) {
            return Optional.of(FaceRefusal.POOR_LIGHT);
        }
        if (quality.sharpness() < minSharpness) {
            return Optional.of(FaceRefusal.BLURRED);
        }
        return Optional.empty();
    }

    /**
     * What keeps a frame from being used at all, before any comparison, in the order the camera screen prompts: no
     * face, several faces, a quality problem ({@link #qualityProblem}), not live. Empty: the frame's one face
     * ({@link #singleFace}) may be compared, or enrolled.
     */
    public Optional<FaceRefusal> usabilityProblem(FrameAnalysis frame) {
        Optional<AnalysedFace> single = singleFace(frame);
        if (single.isEmpty()) {
            return Optional.of(frame.faces().isEmpty() ? FaceRefusal.NO_FACE : FaceRefusal.SEVERAL_FACES);
        }
        Optional<FaceRefusal> quality = qualityProblem(single.get().quality());
        if (quality.isPresent()) {
            return quality;
        }
        return single.get().liveness() < livenessThreshold ? Optional.of(FaceRefusal.NOT_LIVE) : Optional.empty();
    }

    /** The one face that counts in {@code frame} (passers-by far behind ignored); empty for none or several. */
    public Optional<AnalysedFace> singleFace(FrameAnalysis frame) {
        List<AnalysedFace> counted = counted(frame);
        return counted.size() == 1 ? Optional.of(counted.getFirst()) : Optional.empty();
    }

    private List<AnalysedFace> counted(FrameAnalysis frame) {
        if (frame.faces().isEmpty()) {
            return List.of();
        }
        double largest = frame.faces().getFirst().box().height();
        return frame.faces().stream().filter(f -> f.box().height() >= largest * PRESENT_FRACTION).toList();
    }

    private static <K> FaceDecision<K> refuse(FaceRefusal reason) {
        return new FaceDecision.Refused<>(reason, Double.NaN);
    }
}
