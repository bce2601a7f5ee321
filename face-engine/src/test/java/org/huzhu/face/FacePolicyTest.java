package org.huzhu.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huzhu.face.model.FaceBox;
import org.huzhu.face.model.FaceLandmarks;
import org.huzhu.face.model.Point;
import org.junit.jupiter.api.Test;

/** The policy's decisions on analysed frames built by hand (the engine's own output is tested in FaceEngineTest). */
class FacePolicyTest {

    private static final FacePolicy POLICY = FacePolicy.standard(0.40);
    private static final FaceQuality GOOD = new FaceQuality(0.4, 0.05, 2, 300, 120);
    private static final FaceTemplate ANN = FaceTemplate.of("m", FaceTemplateTest.unit(1, 512));
    private static final FaceTemplate BO = FaceTemplate.of("m", FaceTemplateTest.unit(2, 512));
    private static final FaceGallery<String> GALLERY = FaceGallery.of("m", 512,
            List.of(Map.entry("ann", ANN), Map.entry("bo", BO)));

    private static AnalysedFace face(double height, FaceQuality quality, float liveness, FaceTemplate template) {
        FaceLandmarks points = new FaceLandmarks(new Point(1, 1), new Point(2, 1), new Point(1.5, 2),
                new Point(1, 3), new Point(2, 3), List.of());
        return new AnalysedFace(new FaceBox(10, 10, height, height), 0.99f, points, quality, liveness, template);
    }

    private static FrameAnalysis frame(AnalysedFace... faces) {
        return new FrameAnalysis(640, 480, List.of(faces));
    }

    private static FaceRefusal refusal(FrameAnalysis frame, FaceGallery<String> gallery) {
        return ((FaceDecision.Refused<String>) POLICY.decide(frame, gallery)).reason();
    }

    /** A unit vector at cosine {@code similarity} to {@code to}, orthogonal to nothing in particular. */
    private static FaceTemplate near(FaceTemplate to, long seed, double similarity) {
        float[] base = to.values();
        float[] noise = FaceTemplateTest.unit(seed, base.length);
        double dot = 0;
        for (int i = 0; i < base.length; i++) {
            dot += base[i] * noise[i];
        }
        float[] mixed = new float[base.length];
        double norm = 0;
        for (int i = 0; i < base.length; i++) {
            noise[i] -= (float) (dot * base[i]);
            norm += noise[i] * noise[i];
        }
        double orthogonal = Math.sqrt(1 - similarity * similarity);
        for (int i = 0; i < base.length; i++) {
            mixed[i] = (float) (similarity * base[i] + orthogonal * noise[i] / Math.sqrt(norm));
        }
        return FaceTemplate.of("m", mixed);
    }

    @Test
    void oneGoodLiveFaceCloseToOneResidentSignsThemIn() {
        FaceDecision<String> decision = POLICY.decide(frame(face(200, GOOD, 0.9f, near(ANN, 7, 0.6))), GALLERY);

        assertThat(decision).isInstanceOfSatisfying(FaceDecision.Matched.class, matched -> {
            assertThat(matched.key()).isEqualTo("ann");
            assertThat(matched.similarity()).isBetween(0.59, 0.61);
        });
    }

    @Test
    void eachProblemHasItsReason() {
        assertThat(refusal(frame(), GALLERY)).isEqualTo(FaceRefusal.NO_FACE);
        assertThat(refusal(frame(face(200, GOOD, 0.9f, ANN), face(180, GOOD, 0.9f, BO)), GALLERY))
                .isEqualTo(FaceRefusal.SEVERAL_FACES);
        assertThat(refusal(frame(face(50, new FaceQuality(0.1, 0.05, 2, 300, 120), 0.9f, ANN)), GALLERY))
                .isEqualTo(FaceRefusal.TOO_FAR);
        assertThat(refusal(frame(face(200, new FaceQuality(0.4, 0.4, 2, 300, 120), 0.9f, ANN)), GALLERY))
                .isEqualTo(FaceRefusal.NOT_FRONTAL);
        assertThat(refusal(frame(face(200, new FaceQuality(0.4, 0.05, 30, 300, 120), 0.9f, ANN)), GALLERY))
                .isEqualTo(FaceRefusal.NOT_FRONTAL);
        assertThat(refusal(frame(face(200, new FaceQuality(0.4, 0.05, 2, 300, 30), 0.9f, ANN)), GALLERY))
                .isEqualTo(FaceRefusal.POOR_LIGHT);
        assertThat(refusal(frame(face(200, new FaceQuality(0.4, 0.05, 2, 10, 120), 0.9f, ANN)), GALLERY))
                .isEqualTo(FaceRefusal.BLURRED);
        assertThat(refusal(frame(face(200, GOOD, 0.2f, ANN)), GALLERY)).isEqualTo(FaceRefusal.NOT_LIVE);
        assertThat(refusal(frame(face(200, GOOD, 0.9f, near(ANN, 8, 0.3))), GALLERY)).isEqualTo(FaceRefusal.UNKNOWN);
    }

    @Test
    void aFaceAlmostAsCloseToTwoResidentsIsAmbiguous() {
        FaceTemplate probe = near(ANN, 9, 0.7);
        List<Map.Entry<String, FaceTemplate>> entries = new ArrayList<>(List.of(Map.entry("ann", ANN)));
        entries.add(Map.entry("twin", near(probe, 10, 0.68)));
        FaceGallery<String> twins = FaceGallery.of("m", 512, entries);

        assertThat(refusal(frame(face(200, GOOD, 0.9f, probe)), twins)).isEqualTo(FaceRefusal.AMBIGUOUS);
    }

    @Test
    void aSmallFaceBehindThePersonIsAPasserByNotASecondFace() {
        FaceDecision<String> decision = POLICY.decide(frame(face(200, GOOD, 0.9f, near(ANN, 11, 0.6)),
                face(60, GOOD, 0.9f, BO)), GALLERY);

        assertThat(decision).isInstanceOf(FaceDecision.Matched.class);
    }
}
