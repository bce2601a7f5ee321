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
 * ({@link CameraService}), and the engine is loaded the first time it is asked for (its models take a second and
 * some hundred megabytes, which a station nobody looks at need not spend). Owns both; close once, after the screens.
 * Thread-safe.
 */
public final class StationCamera implements AutoCloseable {

    /** The model pack's folder inside the data folder (ADR 0017): the installer puts the deployment's pack there. */
    public static final String FACE_MODELS_FOLDER = "face-models";

    private static final Logger LOG = LoggerFactory.getLogger(StationCamera.class);

    private final Optional<CameraService> camera;
    private final Optional<Path> pack;
    /** Null until first asked for. */
    private Optional<FaceEngine> engine;
    private boolean closed;

    private StationCamera(Optional<CameraService> camera, Optional<Path> pack) {
        this.camera = camera;
        this.pack = pack;
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
        return new StationCamera(Optional.of(camera), Optional.of(pack));
    }

    private static Optional<FaceEngine> load(Path pack) {
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

    /** The face engine, if the station has a camera and its pack loads; blocking the first time (a worker thread). */
    public synchronized Optional<FaceEngine> engine() {
        if (engine == null) {
            engine = closed ? Optional.empty() : pack.flatMap(StationCamera::load);
        }
        return engine;
    }

    @Override
    public synchronized void close() {
        closed = true;
        camera.ifPresent(CameraService::close);
        if (engine != null) {
            engine.ifPresent(FaceEngine::close);
        }
    }
}
