package org.huzhu.devices.camera;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where frames come from, chosen at start from the {@code camera.source} setting. */
public sealed interface CameraSource {

    /** Frames per second a folder of images plays at when the setting does not say. */
    int DEFAULT_FILE_FPS = 10;

    /** One sentence for logs and diagnostics. */
    String describe();

    /**
     * A camera through the native driver (V4L2 on Linux).
     *
     * @param nameHint if present, the first camera whose name contains it (ignoring case); else the first camera
     */
    record NativeCamera(Optional<String> nameHint) implements CameraSource {

        public NativeCamera {
            nameHint = nameHint.map(String::strip).filter(hint -> !hint.isEmpty());
        }

        @Override
        public String describe() {
            return "native camera" + nameHint.map(hint -> ", name containing '" + hint + "'").orElse("");
        }
    }

    /**
     * Images played as a camera: a folder's images sorted by file name, or one still image, at a fixed rate.
     *
     * @param framesPerSecond 1..60
     * @param atEnd what happens after the last image
     */
    record ImageFiles(Path path, int framesPerSecond, AtEnd atEnd) implements CameraSource {

        public ImageFiles {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(atEnd, "atEnd");
            if (framesPerSecond < 1 || framesPerSecond > 60) {
                throw new IllegalArgumentException("frames per second is 1..60, not " + framesPerSecond);
            }
        }

        @Override
        public String describe() {
            return "images at " + path + " (" + framesPerSecond + " fps, " + atEnd.name().toLowerCase() + " at the end)";
        }
    }

    /** What a folder of images does after its last image. */
    enum AtEnd {
        /** Start again from the first image (the demo). */
        LOOP,
        /** Report {@link CameraEvent.StreamEnded} and deliver no more frames (tests). */
        STOP
    }

    /**
     * The source a setting names: empty or {@code native} for the first camera, {@code native:HINT} for the first
     * whose name contains HINT, anything else a folder or image file played in a loop at {@value #DEFAULT_FILE_FPS}
     * fps.
     */
    static CameraSource fromSetting(String setting) {
        String value = setting == null ? "" : setting.strip();
        if (value.isEmpty() || value.equals("native")) {
            return new NativeCamera(Optional.empty());
        }
        if (value.startsWith("native:")) {
            return new NativeCamera(Optional.of(value.substring("native:".length())));
        }
        return new ImageFiles(Path.of(value), DEFAULT_FILE_FPS, AtEnd.LOOP);
    }
}
