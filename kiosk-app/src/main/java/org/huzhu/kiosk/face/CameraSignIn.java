package org.huzhu.kiosk.face;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.huzhu.devices.camera.CameraEvent;
import org.huzhu.devices.camera.CameraListener;
import org.huzhu.devices.camera.CameraService;
import org.huzhu.devices.camera.CameraSession;
import org.huzhu.devices.camera.Frame;
import org.huzhu.devices.qr.QrDecoder;
import org.huzhu.devices.qr.QrScanner;
import org.huzhu.face.FaceDecision;
import org.huzhu.face.FaceEngine;
import org.huzhu.face.FaceGallery;
import org.huzhu.face.FacePolicy;

/**
 * Signs a resident in through the camera (issue 14): every frame goes to the face engine, whose decision guides a
 * {@link FaceCoach}, and, in a session of its own, to a QR scanner. The camera is open only while a {@link Watch} is:
 * the screen starts one when it shows and closes it when it leaves. Face sign-in is off (codes still work) when the
 * station has no engine (no model pack) or nobody enrolled. Thread-safe; events arrive on camera threads.
 */
public final class CameraSignIn {

    private final CameraService camera;
    private final Optional<FaceEngine> engine;
    private final FacePolicy policy;
    private final Duration patience;

    /**
     * @param engine   empty when the station has no model pack: the camera then looks for codes only
     * @param patience how long frames without a usable face go on before the card is suggested
     *                 ({@link FaceCoach#PATIENCE} at a kiosk)
     */
    public CameraSignIn(CameraService camera, Optional<FaceEngine> engine, Duration patience) {
        this.camera = camera;
        this.engine = engine;
        this.patience = patience;
        this.policy = FacePolicy.standard(engine.map(FaceEngine::similarityThreshold).orElse(1.0));
    }

    /**
     * Opens the camera and watches until closed, or until a face matched or the tries ran out.
     *
     * @param gallery the enrolled faces to search ({@link FaceGallerySource}); empty: codes only
     */
    public Watch watch(Optional<FaceGallery<UUID>> gallery, Consumer<CameraSignInEvent> events) {
        return new Watch(gallery.filter(g -> g.size() > 0 && engine.isPresent()), events);
    }

    /** One look through the camera; closing it turns the camera off (if nothing else holds it). */
    public final class Watch implements AutoCloseable {

        private final Consumer<CameraSignInEvent> events;
        private final FaceCoach coach = new FaceCoach(patience);
        private final AtomicBoolean ended = new AtomicBoolean();
        private final QrScanner scanner;
        private final CameraSession faces;
        private final CameraSession codes;
        private volatile FaceCoach.State reported;

        private Watch(Optional<FaceGallery<UUID>> gallery, Consumer<CameraSignInEvent> events) {
            this.events = Objects.requireNonNull(events);
            this.scanner = new QrScanner(new QrDecoder(), code -> {
                if (!ended.get()) {
                    events.accept(new CameraSignInEvent.CodeSeen(code.text()));
                }
            });
            this.codes = camera.open(scanner);
            this.faces = camera.open(new CameraListener() {
                @Override
                public void onCameraEvent(CameraEvent event) {
                    switch (event) {
                        case CameraEvent.Opened opened -> events.accept(new CameraSignInEvent.CameraOn());
                        case CameraEvent.NoCamera none -> events.accept(new CameraSignInEvent.NoCamera());
                        case CameraEvent.Closed closed -> events.accept(new CameraSignInEvent.CameraOff());
                        default -> {
                            // an unreadable frame, a stream's end, a failure: Closed follows those that end it
                        }
                    }
                }

                @Override
                public void onFrame(Frame frame) {
                    if (gallery.isPresent() && !ended.get()) {
                        judge(frame, gallery.get());
                    }
                }
            });
        }

        private void judge(Frame frame, FaceGallery<UUID> gallery) {
            FaceDecision<UUID> decision = policy.decide(engine.orElseThrow().analyse(frame.image()), gallery);
            FaceCoach.State state = coach.next(decision, frame.capturedAtNanos());
            if (state.equals(reported)) {
                return;
            }
            reported = state;
            switch (state) {
                case FaceCoach.State.Prompting prompting ->
                        events.accept(new CameraSignInEvent.Prompt(prompting.prompt()));
                case FaceCoach.State.SignedIn signedIn -> {
                    ended.set(true);
                    events.accept(new CameraSignInEvent.FaceMatched(signedIn.residentId()));
                }
                case FaceCoach.State.TapCardInstead tapCard -> {
                    ended.set(true);
                    events.accept(new CameraSignInEvent.TapCardInstead());
                }
            }
        }

        @Override
        public void close() {
            ended.set(true);
            faces.close();
            codes.close();
            scanner.close();
        }
    }
}
