package org.huzhu.kiosk.ui.counter.face;

import java.util.Locale;
import java.util.Optional;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.face.FaceCapture;
import org.huzhu.kiosk.face.FaceCaptureEvent;
import org.huzhu.kiosk.face.FaceCaptureProblem;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.FxThread;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.face.FaceTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Face sign-in for a resident (ADR 0019): says what is kept, waits for staff to tick the resident's consent, captures
 * several good pictures through the counter's camera ({@link FaceCapture}; no preview, the progress is enough), then
 * fetches the server's face key and records the sealed template signed on the staff card; or, after a confirmation,
 * records that the face is to be deleted everywhere. Both end on the resident's file, saying what was done.
 */
public final class FaceSignInController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(FaceSignInController.class);

    private final FaceSignInModel model = new FaceSignInModel();
    private final FaceSignInView view;
    private final DeskSession session;
    private final ResidentFile file;
    private final FaceCapture capture;
    /** The capture under way; null when none. FX thread only. */
    private FaceCapture.Capture running;

    public FaceSignInController(DeskSession session, ResidentFile file, FaceCapture capture) {
        this.session = session;
        this.file = file;
        this.capture = capture;
        this.view = new FaceSignInView(model, session.text(), file.resident(), FaceCapture.FRAMES_WANTED, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void deactivate() {
        stopCapture();
    }

    void onConsent(boolean agreed) {
        model.consent.set(agreed);
        if (agreed) {
            model.problem.set(Optional.empty());
        }
    }

    void onStart() {
        if (!model.consent.get()) {
            model.problem.set(Optional.of(Sentence.of("counter.face.consentFirst")));
            return;
        }
        if (session.server().isEmpty()) {
            model.problem.set(Optional.of(ServerProblem.notEnrolled()));
            return;
        }
        stopCapture();
        model.problem.set(Optional.empty());
        model.goodFrames.set(0);
        model.latest.set(Optional.empty());
        model.step.set(FaceSignInStep.CAPTURING);
        FaceCapture.Capture started = capture.start(event -> FxThread.run(() -> onCaptureEvent(event)));
        if (model.step.get() == FaceSignInStep.CAPTURING) {
            running = started; // else it ended at once (no camera): nothing to stop
        }
    }

    void onStop() {
        stopCapture();
        model.step.set(FaceSignInStep.READY);
    }

    void onDelete() {
        model.problem.set(Optional.empty());
        model.step.set(FaceSignInStep.CONFIRM_DELETE);
    }

    void onBack() {
        model.step.set(FaceSignInStep.READY);
    }

    void onConfirmDelete() {
        String name = file.resident().displayName();
        Background.recordOnce(model.working, () -> {
            session.desk().faces().remove(session.staff(), file.resident().id());
            return name;
        }, deleted -> backToTheFile("counter.face.deleted"), failure -> {
            LOG.warn("A face deletion was not recorded: {}", failure.getMessage());
            model.step.set(FaceSignInStep.READY);
            model.problem.set(Optional.of(Sentence.refusal(failure, name)));
        });
    }

    void onCancel() {
        stopCapture();
        session.navigator().resident(file.resident().id(), Optional.empty());
    }

    private void onCaptureEvent(FaceCaptureEvent event) {
        if (model.step.get() != FaceSignInStep.CAPTURING) {
            return; // a late event of a capture staff stopped
        }
        switch (event) {
            case FaceCaptureEvent.Progress progress -> {
                model.goodFrames.set(progress.goodFrames());
                model.latest.set(progress.latest());
            }
            case FaceCaptureEvent.Captured captured -> {
                running = null;
                model.goodFrames.set(captured.frames());
                model.latest.set(Optional.empty());
                record(captured.template());
            }
            case FaceCaptureEvent.Failed failed -> {
                running = null;
                model.step.set(FaceSignInStep.READY);
                model.problem.set(Optional.of(problem(failed.problem())));
            }
        }
    }

    /** Fetches the server's face key, seals the template to it and records it, all off the FX thread. */
    private void record(FaceTemplate template) {
        CounterClient server = session.server().orElseThrow();
        String name = file.resident().displayName();
        Background.recordOnce(model.working, () -> {
            session.desk().faces().enrol(session.staff(), file.resident().id(), server.serverFaceKey(), template);
            return name;
        }, enrolled -> backToTheFile("counter.face.enrolled"), failure -> {
            LOG.warn("A face enrolment was not recorded: {}", failure.getMessage());
            model.step.set(FaceSignInStep.READY);
            model.problem.set(Optional.of(failure instanceof SyncException
                    ? ServerProblem.of(failure, session.staff().isOpen())
                    : Sentence.refusal(failure, name)));
        });
    }

    private void backToTheFile(String said) {
        session.navigator().resident(file.resident().id(), Optional.of(Sentence.of(said,
                file.resident().displayName())));
    }

    private void stopCapture() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** Why a capture ended without a template, and what to do: {@code counter.face.problem.no-face} and so on. */
    static Sentence problem(FaceCaptureProblem problem) {
        return Sentence.of("counter.face.problem." + code(problem));
    }

    /** What to help the resident with while the capture goes on: {@code counter.face.hint.no-face} and so on. */
    static Sentence hint(FaceCaptureProblem problem) {
        return Sentence.of("counter.face.hint." + code(problem));
    }

    private static String code(FaceCaptureProblem problem) {
        return problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
