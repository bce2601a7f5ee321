package org.huzhu.kiosk.ui.staff;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.huzhu.kiosk.staff.StaffCard;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.staff.StaffSignIn;
import org.huzhu.kiosk.staff.StaffSignInResult;
import org.huzhu.kiosk.ui.kit.Controller;
import org.huzhu.kiosk.ui.kit.UiText;
import org.huzhu.kiosk.ui.kit.View;
import org.huzhu.kiosk.ui.session.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PIN screen after a staff card was tapped: a digit pad, a dot per typed digit, and the card's answer in plain
 * words. The card checks the PIN off the FX thread; meanwhile the pad is off. The typed digits live only in an array
 * here, wiped when they are sent and when the screen goes; they are never shown, logged or kept.
 */
public final class PinController implements Controller {

    private static final Logger LOG = LoggerFactory.getLogger(PinController.class);

    private final PinModel model = new PinModel();
    private final PinView view;
    private final StaffSignIn signIn;
    private final StaffCard card;
    private final Consumer<StaffSession> signedIn;
    private final Runnable cancelled;
    private final char[] typed = new char[StaffSignIn.MAX_PIN_DIGITS];
    private int length;
    private boolean shown;

    /**
     * @param signedIn gets the session when the PIN was right (it owns it from then on)
     * @param cancelled the staff member pressed Cancel
     */
    public PinController(UiText text, StaffSignIn signIn, StaffCard card, Consumer<StaffSession> signedIn,
            Runnable cancelled) {
        this.signIn = signIn;
        this.card = card;
        this.signedIn = signedIn;
        this.cancelled = cancelled;
        this.view = new PinView(model, text, this);
        model.holderName.set(card.holderName());
    }

    @Override
    public View<?> view() {
        return view;
    }

    @Override
    public void activate() {
        shown = true;
    }

    @Override
    public void deactivate() {
        shown = false;
        clear();
    }

    void onDigit(int digit) {
        if (model.checking.get() || length == typed.length) {
            return;
        }
        typed[length++] = (char) ('0' + digit);
        model.digitsTyped.set(length);
    }

    void onDelete() {
        if (model.checking.get() || length == 0) {
            return;
        }
        typed[--length] = '\0';
        model.digitsTyped.set(length);
    }

    void onOk() {
        if (model.checking.get() || length < StaffSignIn.MIN_PIN_DIGITS || !anotherTry()) {
            return;
        }
        char[] pin = Arrays.copyOf(typed, length); // StaffSignIn wipes this copy as soon as the card service has it
        clear();
        Background.recordOnce(model.checking, () -> signIn.signIn(card, pin), this::answered, this::failed);
    }

    void onCancel() {
        clear();
        cancelled.run();
    }

    private boolean anotherTry() {
        return model.problem.get().map(PinProblem::anotherTry).orElse(true);
    }

    private void answered(StaffSignInResult result) {
        if (!shown) {
            // Cancelled, timed out or the card taken away while the card checked: nobody is there to sign in.
            if (result instanceof StaffSignInResult.SignedIn in) {
                in.session().close();
            }
            return;
        }
        switch (result) {
            case StaffSignInResult.SignedIn in -> signedIn.accept(in.session());
            case StaffSignInResult.WrongPin wrong -> {
                model.triesLeft.set(wrong.triesLeft());
                show(PinProblem.WRONG_PIN);
            }
            case StaffSignInResult.Blocked blocked -> show(PinProblem.BLOCKED);
            case StaffSignInResult.NotTheSameCard other -> show(PinProblem.NOT_THE_SAME_CARD);
            case StaffSignInResult.TapAgain again -> show(PinProblem.TAP_AGAIN);
            case StaffSignInResult.ReaderGone gone -> show(PinProblem.READER_GONE);
            case StaffSignInResult.CardUnreadable unreadable -> show(PinProblem.UNREADABLE);
        }
    }

    private void failed(Exception failure) {
        LOG.warn("Checking a staff PIN did not finish: {}", failure.toString());
        show(PinProblem.TAP_AGAIN);
    }

    private void show(PinProblem problem) {
        model.problem.set(Optional.of(problem));
    }

    private void clear() {
        Arrays.fill(typed, '\0');
        length = 0;
        model.digitsTyped.set(0);
    }
}
