package org.huzhu.face.model;

/**
 * One face a detector found.
 *
 * @param box   where, in frame pixels
 * @param score the detector's confidence, 0 to 1
 */
public record Detection(FaceBox box, float score) {
}
