package org.huzhu.face;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.face.testsupport.FaceAccuracy;
import org.huzhu.face.testsupport.TestPack;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Loose bounds on the accuracy the report measures (README "Face accuracy"), so that a broken pipeline (wrong colour
 * order, alignment, normalisation) fails the build. Measured with the development pack: no false match or non-match
 * at 0.40 over 265 genuine and 1,166 impostor pairs; recall 25 of 25.
 */
@Tag(TestPack.TAG)
class FaceAccuracyTest {

    @Test
    void johnsPairsAreSeparatedAtTheChosenThreshold() {
        FaceAccuracy.Pairs pairs = FaceAccuracy.johnsPairs(TestPack.engine());
        double threshold = TestPack.engine().similarityThreshold();

        assertThat(pairs.noFace()).isEmpty();
        assertThat(pairs.genuine()).hasSizeGreaterThan(250);
        assertThat(pairs.impostor()).hasSizeGreaterThan(1000);
        assertThat(pairs.falseMatchRate(threshold)).isZero();
        assertThat(pairs.falseNonMatchRate(threshold)).isLessThan(0.02);
    }

    @Test
    void almostEveryAnnotatedFaceIsDetected() {
        FaceAccuracy.Recall recall = FaceAccuracy.detectionRecall(TestPack.engine());

        assertThat(recall.annotated()).isEqualTo(25);
        assertThat(recall.recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(recall.detections()).isLessThanOrEqualTo(recall.annotated() + 3);
    }
}
