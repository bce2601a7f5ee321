package org.huzhu.face;

import java.util.Optional;

/**
 * The result of a 1:N search.
 *
 * @param bestKey    the key of the most similar template; empty for an empty gallery
 * @param bestScore  its cosine similarity (-1 for an empty gallery)
 * @param secondBest the best similarity among the other keys (-1 when there is none): a face close to two residents is
 *                   ambiguous even above the threshold
 * @param <K>        the key type (e.g. a resident id)
 */
public record GalleryMatch<K>(Optional<K> bestKey, double bestScore, double secondBest) {

    /** How far the best stands above the second best. */
    public double margin() {
        return bestScore - secondBest;
    }
}
