package org.huzhu.face.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.pack.ModelPack;
import org.huzhu.face.pack.ModelPackException;

/**
 * The development pack the face tests run on ({@code -Dhuzhu.face.pack}, set by the build), opened once per JVM.
 * When it is missing, every face test fails with a message naming the missing file and the command that builds it.
 */
public final class TestPack {

    /** The JUnit tag of every test that needs the pack: {@code ./mvnw verify -DexcludedGroups=face-pack} skips them. */
    public static final String TAG = "face-pack";
    private static final String FETCH = "bash face-engine/packs/fetch-dev-pack.sh";
    private static FaceEngine engine;

    private TestPack() {
    }

    public static Path folder() {
        String configured = System.getProperty("huzhu.face.pack");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "huzhu", "face-pack-dev");
    }

    /** The checked pack, or an {@link AssertionError} saying what is missing and how to fetch it. */
    public static ModelPack pack() {
        try {
            return ModelPack.load(folder());
        } catch (ModelPackException e) {
            throw new AssertionError("The face tests need the development model pack in " + folder() + ": "
                    + e.getMessage() + ". Build it with: " + FETCH + " " + folder()
                    + " (needs npm and the network once), or build without the face tests: ./mvnw verify"
                    + " -DexcludedGroups=" + TAG, e);
        }
    }

    /** One engine shared by the tests of a JVM (loading it takes about 0.3 s); it is thread-safe. */
    public static synchronized FaceEngine engine() {
        if (engine == null) {
            try {
                engine = FaceEngine.open(pack());
            } catch (ModelPackException e) {
                throw new AssertionError("The development face pack does not open: " + e.getMessage(), e);
            }
        }
        return engine;
    }

    /** Copies the pack into {@code target} (for tests that damage a copy). */
    public static Path copyInto(Path target) throws java.io.IOException {
        pack();
        try (var files = Files.list(folder())) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
