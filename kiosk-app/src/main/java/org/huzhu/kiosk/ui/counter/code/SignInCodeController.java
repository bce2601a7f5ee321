package org.huzhu.kiosk.ui.counter.code;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.report.ResidentCodeSlip;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.counter.IssuedResidentCode;
import org.huzhu.protocol.counter.ResidentCodeState;
import org.huzhu.protocol.residentcode.ResidentCodePurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resident's sign-in codes (ADR 0018): issues one (printed, or for a family member's phone), saves its slip as a
 * PDF in the exports folder and says where; lists the codes the server issued for them with their state; revokes one
 * after a reason and a confirmation. Every question goes to the server, signed on the staff card, off the FX thread.
 */
public final class SignInCodeController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(SignInCodeController.class);

    private final SignInCodeModel model = new SignInCodeModel();
    private final SignInCodeView view;
    private final DeskSession session;
    private final ResidentFile file;
    private final CodeSlips slips;

    /** @param exports the counter's exports folder; {@code centreName} heads the slip; {@code clock} dates it */
    public SignInCodeController(DeskSession session, ResidentFile file, Path exports, String centreName,
            Clock clock) {
        this.session = session;
        this.file = file;
        this.slips = new CodeSlips(exports, centreName, clock);
        this.view = new SignInCodeView(model, session.text(), session.zone(), file.resident(), this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        load();
    }

    void onPurpose(ResidentCodePurpose purpose) {
        model.purpose.set(purpose);
    }

    void onIssue() {
        Optional<CounterClient> server = session.server();
        if (server.isEmpty()) {
            model.problem.set(Optional.of(ServerProblem.notEnrolled()));
            return;
        }
        ResidentCodePurpose purpose = model.purpose.get();
        model.problem.set(Optional.empty());
        model.notice.set(Optional.empty());
        Background.recordOnce(model.working, () -> {
            IssuedResidentCode issued = server.get().issueResidentCode(session.staff(), file.resident().id(), purpose);
            return slips.save(new ResidentCodeSlip(file.resident().displayName(), issued.code(),
                    issued.state().expiresAt()), issued.state().codeId(), file.resident().language());
        }, saved -> {
            model.notice.set(Optional.of(Sentence.of("counter.code.saved", saved.getFileName().toString(),
                    Objects.requireNonNullElse(saved.getParent(), saved).toString())));
            load();
        }, failure -> {
            LOG.warn("A sign-in code for {} was not issued or its slip not saved: {}", file.resident().id(),
                    failure.getMessage());
            model.problem.set(Optional.of(ServerProblem.of(failure, session.staff().isOpen())));
            load(); // a code issued whose slip could not be saved is listed: staff revoke it
        });
    }

    void onRevoke(ResidentCodeState code) {
        model.problem.set(Optional.empty());
        model.notice.set(Optional.empty());
        model.why.set(Optional.empty());
        model.revoking.set(Optional.of(code));
    }

    void onWhy(RevokeWhy why) {
        model.problem.set(Optional.empty());
        model.why.set(Optional.of(why));
    }

    void onBack() {
        model.problem.set(Optional.empty());
        model.revoking.set(Optional.empty());
    }

    void onConfirmRevoke() {
        Optional<ResidentCodeState> code = model.revoking.get();
        Optional<CounterClient> server = session.server();
        if (code.isEmpty() || server.isEmpty()) {
            return;
        }
        if (model.why.get().isEmpty()) {
            model.problem.set(Optional.of(Sentence.of("counter.code.whyFirst")));
            return;
        }
        String reason = model.why.get().get().reason();
        model.problem.set(Optional.empty());
        Background.recordOnce(model.working,
                () -> server.get().revokeResidentCode(session.staff(), code.get().codeId(), reason),
                revoked -> {
                    model.revoking.set(Optional.empty());
                    model.notice.set(Optional.of(Sentence.of("counter.code.revoked")));
                    load();
                },
                failure -> {
                    LOG.warn("Sign-in code {} was not revoked: {}", code.get().codeId(), failure.getMessage());
                    model.problem.set(Optional.of(ServerProblem.of(failure, session.staff().isOpen())));
                });
    }

    void onDone() {
        session.navigator().resident(file.resident().id(), Optional.empty());
    }

    private void load() {
        Optional<CounterClient> server = session.server();
        if (server.isEmpty()) {
            model.problem.set(Optional.of(ServerProblem.notEnrolled()));
            return;
        }
        Background.run(() -> server.get().residentCodes(session.staff(), file.resident().id()).items(),
                codes -> model.codes.set(Optional.of(codes)),
                failure -> {
                    LOG.warn("The sign-in codes of {} could not be listed: {}", file.resident().id(),
                            failure.getMessage());
                    model.problem.set(Optional.of(ServerProblem.of(failure, session.staff().isOpen())));
                });
    }
}
