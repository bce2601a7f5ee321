package org.huzhu.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaceGalleryTest {

    private static FaceTemplate template(long seed) {
        return FaceTemplate.of("m", FaceTemplateTest.unit(seed, 512));
    }

    @Test
    void searchFindsTheSameScoresAsComparingOneByOne() {
        List<Map.Entry<Integer, FaceTemplate>> entries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            entries.add(Map.entry(i, template(i)));
        }
        FaceGallery<Integer> gallery = FaceGallery.of("m", 512, entries);
        FaceTemplate probe = template(123);

        GalleryMatch<Integer> match = gallery.search(probe);

        List<Double> scores = entries.stream().map(e -> e.getValue().similarity(probe)).sorted().toList();
        assertThat(match.bestKey()).contains(123);
        assertThat(match.bestScore()).isCloseTo(1.0, within(1e-5));
        assertThat(match.secondBest()).isCloseTo(scores.get(scores.size() - 2), within(1e-5));
    }

    @Test
    void theSecondBestIsAlwaysAnotherKeys() {
        FaceTemplate probe = template(1);
        FaceGallery<String> gallery = FaceGallery.of("m", 512, List.of(Map.entry("ann", template(2)),
                Map.entry("bo", probe), Map.entry("bo", probe), Map.entry("ann", template(3))));

        GalleryMatch<String> match = gallery.search(probe);

        assertThat(match.bestKey()).contains("bo");
        assertThat(match.secondBest()).isLessThan(0.5);
        assertThat(match.margin()).isGreaterThan(0.5);
    }

    @Test
    void anEmptyGalleryFindsNobody() {
        GalleryMatch<String> match = FaceGallery.<String>of("m", 512, List.of()).search(template(1));

        assertThat(match.bestKey()).isEmpty();
        assertThat(match.bestScore()).isEqualTo(-1);
    }

    @Test
    void aTemplateOfAnotherModelIsRefused() {
        FaceTemplate other = FaceTemplate.of("other", FaceTemplateTest.unit(1, 512));

        assertThatThrownBy(() -> FaceGallery.of("m", 512, List.of(Map.entry("x", other))))
                .isInstanceOf(InvalidTemplateException.class);
        assertThatThrownBy(() -> FaceGallery.of("m", 512, List.of(Map.entry("x", template(1)))).search(other))
                .isInstanceOf(InvalidTemplateException.class);
    }
}
