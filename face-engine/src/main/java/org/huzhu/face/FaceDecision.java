package org.huzhu.face;

/**
 * What {@link FacePolicy#decide} concluded for one frame.
 *
 * @param <K> the gallery's key type
 */
public sealed interface FaceDecision<K> {

    /** The frame shows one live, usable face that matches {@code key}. */
    record Matched<K>(K key, double similarity, double margin, float liveness) implements FaceDecision<K> {
    }

    /** Nobody signed in, and why. {@code similarity} is the best score when a search ran, else NaN. */
    record Refused<K>(FaceRefusal reason, double similarity) implements FaceDecision<K> {
    }
}
