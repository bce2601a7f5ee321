package org.huzhu.kiosk.ui.camera;

import java.nio.IntBuffer;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.huzhu.kiosk.face.CameraSignInEvent;
import org.huzhu.kiosk.signin.CameraSignInService;
import org.huzhu.kiosk.face.PreviewFrame;
import org.huzhu.kiosk.signin.CodeSignInOutcome;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;

/**
 * Sign-in through the camera (issue 14): the camera is on exactly while this screen is shown. A face that matched or
 * a code that was seen is signed in off the FX thread and handed to the kiosk's flow ({@link Exits}); two tries that
 * did not sign anyone in, no camera, or a minute without success lead to "please tap your card". Prompts are read
 * aloud as they change. The first answer ends the look: later events of the same look are ignored.
 */
public final class CameraController implements Controller {

    /** Where the screen leads; every method is called on the FX thread, at most once per showing. */
    public interface Exits {
        /** A face matched: its sign-in's outcome (signed in, or why not), as a card tap's would be. */
        void faceSignIn(SignInOutcome outcome);

        /** A code was seen: its sign-in's outcome. */
        void codeSignIn(CodeSignInOutcome outcome);

        /** Nobody signed in (two tries, a minute gone by): "please tap your card instead". */
        void tapCardInstead();

        /** The camera could not be used: say so, and offer the card. */
        void noCamera();

        /** The person pressed Back. */
        void back();
    }

    private final CameraModel model = new CameraModel();
    private final CameraView view;
    private final CameraSignInService camera;
    private final Exits exits;
    private final Consumer<String> speak;
    /** The newest picture not yet drawn: the camera thread replaces it, the FX thread takes it (latest wins). */
    private final AtomicReference<PreviewFrame> pendingPreview = new AtomicReference<>();
    private CameraSignInService.Look look;
    /** Set when the look came to an answer (or the screen left): nothing more is acted on. */
    private boolean answered;
    private WritableImage picture;

    /** @param speak says a sentence aloud (in the current language), or does nothing where no voice is installed */
    public CameraController(UiText text, CameraSignInService camera, Exits exits, Consumer<String> speak) {
        this.camera = Objects.requireNonNull(camera);
        this.exits = Objects.requireNonNull(exits);
        this.speak = Objects.requireNonNull(speak);
        this.view = new CameraView(model, text, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        answered = false;
        model.prompt.set(org.huzhu.kiosk.face.FacePrompt.LOOK_AT_SCREEN);
        model.checking.set(false);
        look = camera.look(event -> FxThread.run(() -> on(event)), this::offerPreview);
        speak.accept(view.readAloudText());
    }

    @Override
    public void deactivate() {
        answered = true;
        closeLook();
        model.preview.set(null);
        model.cameraOn.set(false);
        picture = null;
    }

    void onBack() {
        if (!answered) {
            answered = true;
            closeLook();
            exits.back();
        }
    }

    private void on(CameraSignInEvent event) {
        if (answered) {
            return;
        }
        switch (event) {
            case CameraSignInEvent.CameraOn on -> model.cameraOn.set(true);
            case CameraSignInEvent.CameraOff off -> model.cameraOn.set(false);
            case CameraSignInEvent.NoCamera none -> end(exits::noCamera);
            case CameraSignInEvent.Prompt prompt -> {
                model.prompt.set(prompt.prompt());
                speak.accept(view.promptWords());
            }
            case CameraSignInEvent.TapCardInstead tapCard -> end(exits::tapCardInstead);
            case CameraSignInEvent.FaceMatched matched -> check(() -> camera.signInByFace(matched.residentId()),
                    exits::faceSignIn);
            case CameraSignInEvent.CodeSeen seen -> check(() -> camera.signInByCode(seen.text()), exits::codeSignIn);
        }
    }

    /** Ends the look and signs in off the FX thread; the answer goes to {@code exit}. */
    private <T> void check(Background.Work<T> signIn, Consumer<T> exit) {
        answered = true;
        closeLook();
        model.checking.set(true);
        Background.run(signIn, exit, failure -> exits.tapCardInstead());
    }

    private void end(Runnable exit) {
        answered = true;
        closeLook();
        exit.run();
    }

    private void closeLook() {
        if (look != null) {
            look.close();
            look = null;
        }
    }

    /** On a camera thread: keeps only the newest picture, and asks the FX thread to draw once per batch. */
    private void offerPreview(PreviewFrame frame) {
        if (pendingPreview.getAndSet(frame) == null) {
            FxThread.run(this::drawPreview);
        }
    }

    private void drawPreview() {
        PreviewFrame frame = pendingPreview.getAndSet(null);
        if (frame == null || answered) {
            return;
        }
        if (picture == null || (int) picture.getWidth() != frame.width() || (int) picture.getHeight() != frame.height()) {
            picture = new WritableImage(frame.width(), frame.height());
            model.preview.set(picture);
        }
        picture.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getIntArgbInstance(),
                IntBuffer.wrap(frame.argb()), frame.width());
    }
}
