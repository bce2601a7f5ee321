package org.huzhu.kiosk.ui.counter.residents;

import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.counter.CounterClient;
import org.huzhu.kiosk.desk.ResidentFile;
import org.huzhu.kiosk.signin.CardHolder;
import org.huzhu.kiosk.signin.SignInOutcome;
import org.huzhu.kiosk.ui.counter.kit.DeskSession;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.TakesResidentCards;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.ResidentSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finding a resident at the counter: a tap of their card, or a search of the server by name (characters or pinyin
 * initials), phone or member number, a few results a page. Either opens their file (name, masked card, balance,
 * family), built from what this counter knows; a resident the server knows but this counter has not synced yet is
 * said to be so, and their statement (from the server) still opens. A card nobody is enrolled with offers to enrol
 * its holder. Searches run off the FX thread, signed on the staff card.
 */
public final class ResidentsController implements Controller, TakesResidentCards {

    /** Results a page: what fits beside the finder on a 1366 × 768 laptop. */
    static final int RESULTS_PAGE = 5;
    /** The server takes 1..40 characters (code points) after trimming (docs/protocol.md §11). */
    static final int LONGEST_QUERY = 40;
    private static final Logger LOG = LoggerFactory.getLogger(ResidentsController.class);

    private final ResidentsModel model = new ResidentsModel();
    private final ResidentsView view;
    private final DeskSession session;
    private final Optional<UUID> opening;
    private final Optional<Sentence> notice;
    /** The resident whose file is being read; a late answer for anyone else is dropped. */
    private UUID loading;
    /** The query the results are for, for their other pages; a late answer to an older query is dropped. */
    private String query = "";

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
            // A closed account's file, read only: its statement stays viewable, nothing can be changed.
            case SignInOutcome.AccountClosed closed ->
                    load(closed.resident().id(), Sentence.cardProblem(closed), closed.holder());
            case SignInOutcome.NotRegistered unknown -> {
                loading = null;
                model.file.set(Optional.empty());
                model.serverOnly.set(Optional.empty());
                model.unknownCard.set(unknown.holder());
                model.status.set(unknown.holder().isPresent() ? Optional.empty()
                        : Optional.of(Sentence.of("counter.residents.tag")));
            }
            default -> Sentence.cardProblem(outcome).ifPresent(problem -> model.status.set(Optional.of(problem)));
        }
    }

    void onSearch(String typed) {
        String wanted = typed == null ? "" : typed.strip();
        if (wanted.isEmpty()) {
            model.status.set(Optional.of(Sentence.of("counter.search.empty")));
        } else if (wanted.codePointCount(0, wanted.length()) > LONGEST_QUERY) {
            model.status.set(Optional.of(Sentence.of("counter.search.tooLong", LONGEST_QUERY)));
        } else {
            search(wanted, 0);
        }
    }

    void onMoreResults() {
        model.results.get().ifPresent(page -> search(query, page.offset() + page.items().size()));
    }

    void onEarlierResults() {
        model.results.get().ifPresent(page -> search(query, Math.max(0, page.offset() - RESULTS_PAGE)));
    }

    void onResult(ResidentSummary resident) {
        UUID id = UUID.fromString(resident.residentId());
        loading = id;
        model.status.set(Optional.empty());
        Background.run(() -> session.desk().files().file(id), file -> {
            if (!id.equals(loading)) {
                return;
            }
            if (file.isPresent()) {
                show(file, Optional.empty());
            } else {
                model.file.set(Optional.empty());
                model.unknownCard.set(Optional.empty());
                model.serverOnly.set(Optional.of(resident));
                model.status.set(Optional.of(Sentence.of("counter.search.notHereYet", resident.displayName())));
            }
        }, this::fileFailed);
    }

    void onBackToResults() {
        loading = null;
        model.file.set(Optional.empty());
        model.serverOnly.set(Optional.empty());
        model.status.set(Optional.empty());
    }

    void onStatement() {
        Optional<UUID> resident = model.file.get().map(file -> file.resident().id())
                .or(() -> model.serverOnly.get().map(summary -> UUID.fromString(summary.residentId())));
        resident.ifPresent(session.navigator()::statement);
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

    void onBookFor() {
        model.file.get().ifPresent(file -> session.navigator().bookFor(file));
    }

    void onFamilyRights() {
        model.file.get().ifPresent(file -> session.navigator().familyRights(file));
    }

    void onReplaceCard() {
        model.file.get().ifPresent(file -> session.navigator().replaceCard(file));
    }

    /** The closed account's card as a new account (someone who moved back), from the enrolment's details. */
    void onEnrolAgain() {
        model.closedCard.get().ifPresent(card -> session.navigator().enrol(Optional.of(card)));
    }

    void onApplyForAid() {
        model.file.get().ifPresent(file -> session.navigator().applyForAid(file));
    }

    void onFaceSignIn() {
        model.file.get().ifPresent(file -> session.navigator().faceSignIn(file));
    }

    void onSignInCodes() {
        model.file.get().ifPresent(file -> session.navigator().signInCodes(file));
    }

    void onCloseAccount() {
        model.file.get().ifPresent(file -> session.navigator().closeAccount(file));
    }

    private void search(String wanted, long offset) {
        Optional<CounterClient> server = session.server();
        if (server.isEmpty()) {
            model.status.set(Optional.of(ServerProblem.notEnrolled()));
            return;
        }
        query = wanted;
        model.searching.set(true);
        model.status.set(Optional.empty());
        Background.run(() -> server.get().residents(session.staff(), wanted, (int) offset, RESULTS_PAGE), page -> {
            if (wanted.equals(query)) {
                found(wanted, page);
            }
        }, failure -> {
            if (wanted.equals(query)) {
                model.searching.set(false);
                LOG.warn("Searching the server for residents failed: {}", failure.getMessage());
                model.status.set(Optional.of(ServerProblem.of(failure, session.staff().isOpen())));
            }
        });
    }

    private void found(String wanted, Page<ResidentSummary> page) {
        loading = null;
        model.searching.set(false);
        model.file.set(Optional.empty());
        model.unknownCard.set(Optional.empty());
        model.serverOnly.set(Optional.empty());
        model.results.set(Optional.of(page));
        model.status.set(page.total() == 0 ? Optional.of(Sentence.of("counter.search.none", wanted))
                : Optional.empty());
    }

    private void load(UUID resident, Optional<Sentence> then) {
        load(resident, then, Optional.empty());
    }

    /** @param closedCard the card of a closed account, as tapped: its file offers to enrol it again */
    private void load(UUID resident, Optional<Sentence> then, Optional<CardHolder> closedCard) {
        loading = resident;
        Background.run(() -> session.desk().files().file(resident), file -> {
            if (resident.equals(loading)) {
                show(file, then);
                model.closedCard.set(closedCard);
            }
        }, this::fileFailed);
    }

    private void fileFailed(Exception failure) {
        LOG.error("Reading a resident's file failed", failure);
        model.status.set(Optional.of(Sentence.of("counter.card.systemProblem")));
    }

    private void show(Optional<ResidentFile> file, Optional<Sentence> then) {
        model.unknownCard.set(Optional.empty());
        model.closedCard.set(Optional.empty());
        model.serverOnly.set(Optional.empty());
        model.file.set(file);
        model.status.set(file.isPresent() ? then : Optional.of(Sentence.of("counter.residents.notFound")));
    }
}
