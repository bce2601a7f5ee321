package org.huzhu.kiosk.ui.counter.aid;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.desk.AidApplying;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.aid.AidInstitution;
import org.huzhu.protocol.aid.Yuan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a resident's application for aid with them at the counter (ADR 0015): asks the server which charities and
 * hospitals may act, lets staff choose one of each, type what for and how much, and attach the supporting documents;
 * says it all once more on a confirm step, then records it signed on the staff card off the FX thread and opens the
 * resident's file again.
 */
public final class ApplyForAidController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyForAidController.class);

    private final ApplyForAidModel model = new ApplyForAidModel();
    private final ApplyForAidView view;
    private final DeskSession session;
    private final ResidentFile file;

    public ApplyForAidController(DeskSession session, ResidentFile file) {
        this.session = session;
        this.file = file;
        this.view = new ApplyForAidView(model, session.text(), file, this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        if (session.server().isEmpty()) {
            model.problem.set(Optional.of(ServerProblem.notEnrolled()));
            return;
        }
        Background.run(() -> {
                    // Documents of earlier applications that waited for the server go first.
                    session.desk().aid().handOn(session.staff(), session.server().orElseThrow());
                    return session.server().orElseThrow().institutions(session.staff());
                },
                institutions -> model.institutions.set(Optional.of(institutions)),
                failure -> {
                    LOG.warn("The charities and hospitals could not be read: {}", failure.getMessage());
                    model.problem.set(Optional.of(ServerProblem.of(failure, session.staff().isOpen())));
                });
    }

    void onCharity(AidInstitution charity) {
        model.charity.set(Optional.of(charity));
    }

    void onHospital(AidInstitution hospital) {
        model.hospital.set(Optional.of(hospital));
    }

    /** A document staff chose (the view's file chooser, or a test): read off the FX thread. */
    void onAttach(Path chosen) {
        Background.run(() -> AidApplying.read(chosen), document -> {
            model.problem.set(Optional.empty());
            model.documents.add(document);
        }, failure -> {
            LOG.info("A document was not attached: {}", failure.getMessage());
            model.problem.set(Optional.of(Sentence.of("counter.aid.documentUnusable", chosen.getFileName())));
        });
    }

    void onRemove(AidApplying.Document document) {
        model.documents.remove(document);
    }

    void onNext() {
        Optional<String> missing = model.charity.get().isEmpty() ? Optional.of("counter.aid.charityFirst")
                : model.hospital.get().isEmpty() ? Optional.of("counter.aid.hospitalFirst")
                : model.purpose.get().isBlank() || model.purpose.get().strip().length() > 200
                        ? Optional.of("counter.aid.purposeFirst")
                : Yuan.parse(model.amount.get()).isEmpty() ? Optional.of("counter.aid.amountUnreadable")
                : Optional.empty();
        model.problem.set(missing.map(Sentence::of));
        model.confirming.set(missing.isEmpty());
    }

    void onBack() {
        model.confirming.set(false);
    }

    void onCancel() {
        session.navigator().resident(file.resident().id(), Optional.empty());
    }

    void onRecord() {
        AidApplying.Application application = new AidApplying.Application(model.charity.get().orElseThrow(),
                model.hospital.get().orElseThrow(), model.purpose.get(), Yuan.parse(model.amount.get()).orElseThrow(),
                model.documents);
        model.problem.set(Optional.empty());
        Background.recordOnce(model.working,
                () -> {
                    UUID id = session.desk().aid().apply(session.staff(), file, application);
                    session.server().ifPresent(server -> session.desk().aid().handOn(session.staff(), server));
                    return id;
                },
                recorded -> session.navigator().resident(file.resident().id(), Optional.of(Sentence.of(
                        "counter.aid.done", application.charity().name()))),
                failure -> {
                    LOG.warn("An application for aid was not recorded: {}", failure.getMessage());
                    model.confirming.set(false);
                    model.problem.set(Optional.of(Sentence.refusal(failure, file.resident().displayName())));
                });
    }
}
