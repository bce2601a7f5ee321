package org.huzhu.kiosk.ui.counter.residents;

import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.TakesResidentCards;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finding a resident at the counter: a tap of their card opens their file (name, masked card, balance, family); a
 * card nobody is enrolled with offers to enrol its holder. Search by name, phone or member number needs the
 * server's counter queries and has its place on the screen, marked as coming next.
 */
public final class ResidentsController implements Controller, TakesResidentCards {

    private static final Logger LOG = LoggerFactory.getLogger(ResidentsController.class);

    private final ResidentsModel model = new ResidentsModel();
    private final ResidentsView view;
    private final DeskSession session;
    private final Optional<UUID> opening;
    private final Optional<Sentence> notice;
    /** The resident whose file is being read; a late answer for anyone else is dropped. */
    private UUID loading;

    /**
     * @param open   a resident whose file opens at once
     * @param notice what the screen before did (e.g. "linked as family"), said above the file
     */
    public ResidentsController(DeskSession session, Optional<UUID> open, Optional<Sentence> notice) {
        this.session = session;
        this.opening = open;
        this.notice = notice;
        this.view = new ResidentsView(model, session.text(), session.zone(), this);
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        opening.ifPresent(resident -> load(resident, notice));
    }

    @Override
    public void onResidentCard(SignInOutcome outcome) {
        switch (outcome) {
            case SignInOutcome.Reading reading ->
                    model.status.set(Optional.of(Sentence.of("counter.residents.reading")));
            case SignInOutcome.SignedIn in -> load(in.resident().id(), Optional.empty());
            // Her file, saying the card no longer works: staff may be asked why, or to replace the new one too.
            case SignInOutcome.CardReplaced replaced -> load(replaced.resident().id(), Sentence.cardProblem(replaced));
            case SignInOutcome.NotRegistered unknown -> {
                loading = null;
                model.file.set(Optional.empty());
                model.unknownCard.set(unknown.holder());
                model.status.set(unknown.holder().isPresent() ? Optional.empty()
                        : Optional.of(Sentence.of("counter.residents.tag")));
            }
            default -> Sentence.cardProblem(outcome).ifPresent(problem -> model.status.set(Optional.of(problem)));
        }
    }

    void onEnrol() {
        session.navigator().enrol(Optional.empty());
    }

    void onEnrolUnknownCard() {
        model.unknownCard.get().ifPresent(card -> session.navigator().enrol(Optional.of(card)));
    }

    void onLinkFamily() {
        model.file.get().ifPresent(file -> session.navigator().linkFamily(file));
    }

    void onReplaceCard() {
        model.file.get().ifPresent(file -> session.navigator().replaceCard(file));
    }

    private void load(UUID resident, Optional<Sentence> then) {
        loading = resident;
        Background.run(() -> session.desk().files().file(resident), file -> {
            if (resident.equals(loading)) {
                show(file, then);
            }
        }, failure -> {
            LOG.error("Reading the file of resident {} failed", resident, failure);
            model.status.set(Optional.of(Sentence.of("counter.card.systemProblem")));
        });
    }

    private void show(Optional<ResidentFile> file, Optional<Sentence> then) {
        model.unknownCard.set(Optional.empty());
        model.file.set(file);
        model.status.set(file.isPresent() ? then : Optional.of(Sentence.of("counter.residents.notFound")));
    }
}
