package org.huzhu.kiosk.signin;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.huzhu.devices.camera.CameraEvent;
import org.huzhu.devices.camera.CameraListener;
import org.huzhu.devices.camera.CameraService;
import org.huzhu.devices.camera.CameraSession;
import org.huzhu.devices.camera.Frame;
import org.huzhu.face.FaceGallery;
import org.huzhu.kiosk.face.CameraSignIn;
import org.huzhu.kiosk.face.CameraSignInEvent;
import org.huzhu.kiosk.face.FaceCoach;
import org.huzhu.kiosk.face.FaceGallerySource;
import org.huzhu.kiosk.face.PreviewFrame;
import org.huzhu.kiosk.face.StationCamera;
import org.huzhu.kiosk.residents.Resident;
import org.huzhu.kiosk.residents.Residents;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.sync.SnapshotState;
import org.huzhu.kiosk.sync.SnapshotStateReader;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kiosk's camera screen uses (issue 14), so that the screen never reaches into devices or storage: a
 * {@link Look} through the camera (the live preview, the coach's prompts, a face matched, a code seen) and the two
 * sign-ins those lead to. A look ends by itself after {@link #GIVE_UP_AFTER} with "tap your card", whatever the
 * camera sees: nobody stands in front of a kiosk forever, and the card always works. A kiosk whose snapshot is older
 * than the offline policy's age limit (or that has none) reads codes only: its gallery may still hold a face that was
 * deleted since (ADR 0019). Thread-safe.
 */
public final class CameraSignInService {

    /** The longest a look lasts; the coach usually suggests the card long before. */
    public static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(CameraSignInService.class);

    private final StationCamera station;
    private final FaceGallerySource galleries;
    private final Residents residents;
    private final CodeSignIn codes;
    private final SnapshotStateReader snapshots;
    private final Clock clock;
    private final Duration patience;
    private final Duration giveUpAfter;
    /** Whether the last look found no camera (unplugged, broken) and none has shown a picture since: for health. */
    private volatile boolean cameraMissing;

    /**
     * @param patience    how long frames without a usable face go on before the card is suggested
     *                    ({@link FaceCoach#PATIENCE} at a kiosk; shorter in tests)
     * @param giveUpAfter how long a look lasts at most ({@link #GIVE_UP_AFTER} at a kiosk)
     */
    public CameraSignInService(StationCamera station, FaceGallerySource galleries, Residents residents,
            CodeSignIn codes, SnapshotStateReader snapshots, Clock clock, Duration patience, Duration giveUpAfter) {
        this.station = Objects.requireNonNull(station);
        this.galleries = Objects.requireNonNull(galleries);
        this.residents = Objects.requireNonNull(residents);
        this.codes = Objects.requireNonNull(codes);
        this.snapshots = Objects.requireNonNull(snapshots);
        this.clock = Objects.requireNonNull(clock);
        this.patience = Objects.requireNonNull(patience);
        this.giveUpAfter = Objects.requireNonNull(giveUpAfter);
    }

    /** Whether this station has a camera to look through (else the attract screen offers only the card). */
    public boolean available() {
        return station.camera().isPresent();
    }

    /**
     * Whether the camera is configured but the last look found it missing, and no picture came since (health check):
     * a camera is only opened while someone looks, so this is what the kiosk last knew.
     */
    public boolean cameraMissing() {
        return cameraMissing;
    }

    /**
     * Opens the camera and watches, until the look is closed or ends by itself ({@link CameraSignInEvent.FaceMatched},
     * {@link CameraSignInEvent.TapCardInstead}, {@link CameraSignInEvent.NoCamera}). Returns at once: the enrolled
     * faces are read on a worker thread. Events and previews arrive on camera threads.
     *
     * @throws IllegalStateException if the station has no camera ({@link #available()})
     */
    public Look look(Consumer<CameraSignInEvent> events, Consumer<PreviewFrame> previews) {
        CameraService camera = station.camera().orElseThrow(() ->
                new IllegalStateException("this station has no camera"));
        return new Look(camera, events, previews);
    }

    /** Signs in the resident whose face matched; blocking (the database): a worker thread. */
    public SignInOutcome signInByFace(UUID residentId) {
        try {
            Optional<Resident> resident = residents.find(residentId);
            Optional<String> card = residents.cardOf(residentId);
            if (resident.isEmpty() || card.isEmpty()) {
                // A template of a resident this kiosk does not (yet) know, or who has no card left to act by.
                LOG.warn("A face matched resident {}, whom this kiosk cannot sign in (known: {}, card: {})",
                        residentId, resident.isPresent(), card.isPresent());
                return new SignInOutcome.NotRegistered(Optional.empty());
            }
            if (residents.closedAt(residentId).isPresent()) {
                return new SignInOutcome.AccountClosed(resident.get(), Optional.empty());
            }
            // The actor of a face sign-in is the resident's card pseudonym (docs/protocol.md §1): what the server
            // checks a face-authorised action against, with the limits of a weak sign-in (§8.1).
            return new SignInOutcome.SignedIn(resident.get(), new Actor(card.get(), SignInMethod.FACE),
                    Optional.empty());
        } catch (StorageException e) {
            LOG.error("Face sign-in failed: {}", e.getMessage(), e);
            return new SignInOutcome.SystemProblem();
        }
    }

    /** Signs in with a code the camera saw; blocking (disk, an e-card adapter's network): a worker thread. */
    public CodeSignInOutcome signInByCode(String scannedText) {
        return codes.signIn(scannedText);
    }

    /** One look through the camera, from the screen showing until it closes it. */
    public final class Look implements AutoCloseable {

        private final AtomicBoolean closed = new AtomicBoolean();
        private final CameraSession preview;
        private final ScheduledExecutorService timer;
        private volatile CameraSignIn.Watch watch;

        private Look(CameraService camera, Consumer<CameraSignInEvent> events, Consumer<PreviewFrame> previews) {
            this.preview = camera.open(new CameraListener() {
                @Override
                public void onCameraEvent(CameraEvent event) {
                    // The watch reports the camera's state; the preview only shows pictures.
                }

                @Override
                public void onFrame(Frame frame) {
                    cameraMissing = false;
                    if (!closed.get()) {
                        previews.accept(previewOf(frame.image()));
                    }
                }
            });
            this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("camera-look")
                    .factory());
            timer.execute(() -> {
                // The engine loads here the first time, off the FX thread; meanwhile the preview already shows.
                Optional<FaceGallery<UUID>> gallery = gallery();
                CameraSignIn signIn = new CameraSignIn(camera, station.engine(), patience);
                synchronized (this) {
                    if (!closed.get()) {
                        watch = signIn.watch(gallery, event -> {
                            if (event instanceof CameraSignInEvent.NoCamera) {
                                cameraMissing = true;
                            }
                            events.accept(event);
                        });
                    }
                }
            });
            timer.schedule(() -> {
                if (!closed.get()) {
                    events.accept(new CameraSignInEvent.TapCardInstead());
                }
            }, giveUpAfter.toMillis(), TimeUnit.MILLISECONDS);
        }

        private Optional<FaceGallery<UUID>> gallery() {
            try {
                if (!snapshotFresh() || station.engine().isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(galleries.galleryFor(station.engine().get()));
            } catch (StorageException e) {
                LOG.error("The enrolled faces cannot be read, so the camera reads codes only: {}", e.getMessage(), e);
                return Optional.empty();
            }
        }

        /** Turns the camera off (if nothing else holds it); events may still arrive until it has. */
        @Override
        public void close() {
            if (closed.getAndSet(true)) {
                return;
            }
            timer.shutdownNow();
            synchronized (this) {
                if (watch != null) {
                    watch.close();
                }
            }
            preview.close();
        }
    }

    /** Whether the snapshot is recent enough that the gallery holds no face deleted since (ADR 0019). */
    private boolean snapshotFresh() throws StorageException {
        SnapshotState state = snapshots.read();
        boolean fresh = faceSignInAllowed(state, clock.instant());
        if (!fresh) {
            LOG.warn("No face sign-in: this kiosk's snapshot ({}) is older than {} or missing; codes only",
                    state.generatedAt().map(Object::toString).orElse("none"), state.offlinePolicy().maxOfflineAge());
        }
        return fresh;
    }

    /** Whether a kiosk with snapshot {@code state} may sign residents in by face at {@code now}. */
    static boolean faceSignInAllowed(SnapshotState state, Instant now) {
        return state.generatedAt().map(at -> Duration.between(at, now)
                .compareTo(state.offlinePolicy().maxOfflineAge()) <= 0).orElse(false);
    }

    private static PreviewFrame previewOf(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        return new PreviewFrame(width, height, image.getRGB(0, 0, width, height, null, 0, width));
    }
}
