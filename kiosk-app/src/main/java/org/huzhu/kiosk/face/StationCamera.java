package org.huzhu.kiosk.face;

import com.github.sarxos.webcam.WebcamDriver;
import java.nio.file.Path;
import java.util.Optional;
import org.huzhu.devices.camera.CameraService;
import org.huzhu.devices.camera.CameraSource;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.pack.ModelPack;
import org.huzhu.face.pack.ModelPackException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This station's camera and face engine for one run (issue 14). Both are optional: without a configured camera the
 * station signs in by card only; without a model pack (or with one that fails its checks) the camera still reads
 * codes, and the log says exactly what is missing. The camera device itself is opened only while a screen watches
 * ({@link CameraService}). Owns both; close once, after the screens.
 */
public final class StationCamera implements AutoCloseable {

    /** The model pack's folder inside the data folder (ADR 0017): the installer puts the deployment's pack there. */
    public static final String FACE_MODELS_FOLDER = "face-models";

    private static final Logger LOG = LoggerFactory.getLogger(StationCamera.class);

    private final Optional<CameraService> camera;
    private final Optional<FaceEngine> engine;

    private StationCamera(Optional<CameraService> camera, Optional<FaceEngine> engine) {
        this.camera = camera;
        this.engine = engine;
    }

    /** A station with no camera. */
    public static StationCamera none() {
        return new StationCamera(Optional.empty(), Optional.empty());
    }

    /**
     * The camera {@code cameraSource} names ({@link CameraSource#fromSetting}), or none if it is empty, and the
     * engine of the pack in {@code pack}.
     */
    public static StationCamera open(String cameraSource, Path pack) {
        if (cameraSource.isBlank()) {
            LOG.info("No camera configured (camera.source): sign-in by card only");
            return none();
        }
        return withEngine(CameraService.start(CameraSource.fromSetting(cameraSource)), pack);
    }

    /** A simulated camera (the demo's, a test's) and the engine of the pack in {@code pack}. */
    public static StationCamera simulated(WebcamDriver driver, Path pack) {
        return withEngine(CameraService.start(driver, Optional.empty(), CameraService.DEFAULT_STALL_TIMEOUT), pack);
    }

    private static StationCamera withEngine(CameraService camera, Path pack) {
        return new StationCamera(Optional.of(camera), engine(pack));
    }

    private static Optional<FaceEngine> engine(Path pack) {
        if (!pack.resolve(ModelPack.MANIFEST).toFile().isFile()) {
            LOG.warn("No face model pack at {} (ADR 0017): the camera reads sign-in codes only", pack);
            return Optional.empty();
        }
        try {
            FaceEngine engine = FaceEngine.open(ModelPack.load(pack));
            LOG.info("Face engine ready: pack {}, embedder {}", engine.packName(), engine.embedderId());
            return Optional.of(engine);
        } catch (ModelPackException e) {
            LOG.error("The face model pack at {} cannot be used, so the camera reads sign-in codes only: {}", pack,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** The camera, if one is configured. */
    public Optional<CameraService> camera() {
        return camera;
    }

    /** The face engine, if the pack loaded. */
    public Optional<FaceEngine> engine() {
        return engine;
    }

    @Override
    public void close() {
        camera.ifPresent(CameraService::close);
        engine.ifPresent(FaceEngine::close);
    }
}
