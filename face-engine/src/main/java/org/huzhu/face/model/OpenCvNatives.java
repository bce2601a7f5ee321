package org.huzhu.face.model;

import nu.pattern.OpenCV;

/**
 * Loads OpenCV's native library once per JVM (openpnp extracts it to a temporary folder). Thread-safe: the class
 * initialiser runs once.
 */
public final class OpenCvNatives {

    static {
        OpenCV.loadLocally();
    }

    private OpenCvNatives() {
    }

    /** Makes sure the natives are loaded; cheap after the first call. */
    public static void load() {
        // The static initialiser does the work.
    }
}
