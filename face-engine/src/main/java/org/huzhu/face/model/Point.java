package org.huzhu.face.model;

/** A point in frame pixels. */
public record Point(double x, double y) {
}
