package org.huzhu.face;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The enrolled templates of a community, for 1:N search: immutable, all values in one flat {@code float[]} so that a
 * search streams through memory (10,000 templates of 512 values: 20 MB, about 1 ms on one core). A key may have
 * several templates (enrolment from several frames); the second best is always another key's. Thread-safe.
 *
 * @param <K> the key type (e.g. a resident id); compared with {@code equals}
 */
public final class FaceGallery<K> {

    private final String modelId;
    private final int dimensions;
    private final List<K> keys;
    private final float[] values;

    private FaceGallery(String modelId, int dimensions, List<K> keys, float[] values) {
        this.modelId = modelId;
        this.dimensions = dimensions;
        this.keys = keys;
        this.values = values;
    }

    /** A gallery of one model's templates; throws {@link InvalidTemplateException} if they are of several models. */
    public static <K> FaceGallery<K> of(String modelId, int dimensions, List<Map.Entry<K, FaceTemplate>> entries) {
        List<K> keys = new ArrayList<>(entries.size());
        float[] values = new float[Math.multiplyExact(entries.size(), dimensions)];
        int offset = 0;
        for (Map.Entry<K, FaceTemplate> entry : entries) {
            FaceTemplate template = Objects.requireNonNull(entry.getValue(), "template");
            template.requireSameModel(modelId, dimensions);
            keys.add(Objects.requireNonNull(entry.getKey(), "key"));
            System.arraycopy(template.valuesShared(), 0, values, offset, dimensions);
            offset += dimensions;
        }
        return new FaceGallery<>(modelId, dimensions, List.copyOf(keys), values);
    }

    public int size() {
        return keys.size();
    }

    public String modelId() {
        return modelId;
    }

    /** The key most similar to the probe, its score and the best score of any other key. */
    public GalleryMatch<K> search(FaceTemplate probe) {
        probe.requireSameModel(modelId, dimensions);
        float[] query = probe.valuesShared();
        int bestRow = -1;
        float best = -1;
        float second = -1;
        for (int row = 0, offset = 0; row < keys.size(); row++, offset += dimensions) {
            float score = VectorMath.dot(values, offset, query);
            if (score > best) {
                if (bestRow >= 0 && !keys.get(bestRow).equals(keys.get(row))) {
                    second = best;
                }
                best = score;
                bestRow = row;
            } else if (score > second && !keys.get(bestRow).equals(keys.get(row))) {
                second = score;
            }
        }
        return new GalleryMatch<>(bestRow < 0 ? Optional.empty() : Optional.of(keys.get(bestRow)), best, second);
    }
}
