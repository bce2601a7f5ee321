package org.huzhu.kiosk.face;

import java.time.Duration;
import java.util.Objects;

/**
 * Guides one face sign-in from frame verdicts to an end: signed in, or "please tap your card instead" after two
 * tries that did not sign in. Poor frames only change the prompt, never count against the person, and there is no
 * countdown: a resident may take as long as they need (the idle guard ends an abandoned screen).
 *
 * <p>A sign-in needs {@value #MATCHES_NEEDED} matched frames in a row for the same resident, so one lucky frame signs
 * nobody in. A try fails after {@value #GOOD_FRAMES_PER_TRY} good frames without that. A prompt stays up at least
 * {@link #MIN_PROMPT_TIME}, so it can be read and spoken before the next one. Not thread-safe: one camera thread, or
 * the FX thread, feeds it.
 */
public final class FaceCoach {

    static final int MATCHES_NEEDED = 3;
    static final int GOOD_FRAMES_PER_TRY = 12;
    static final int TRIES = 2;
    static final Duration MIN_PROMPT_TIME = Duration.ofMillis(2500);

    /** Where the sign-in stands after a frame. */
    public sealed interface State {
        /** Still trying: show and say {@code prompt}. */
        record Prompting(FacePrompt prompt) implements State {
            public Prompting {
                Objects.requireNonNull(prompt);
            }
        }

        record SignedIn(String residentId) implements State {
        }

        /** Two tries did not sign in: "please tap your card instead". Final. */
        record TapCardInstead() implements State {
        }
    }

    private State state = new State.Prompting(FacePrompt.LOOK_AT_SCREEN);
    private long promptShownAtNanos;
    private boolean started;
    private String matchedResident;
    private int matchesInARow;
    private int goodFramesThisTry;
    private int failedTries;

    /** The state after {@code verdict} on a frame captured at {@code frameNanos} (a monotonic clock). */
    public State next(FaceVerdict verdict, long frameNanos) {
        if (!(state instanceof State.Prompting)) {
            return state;
        }
        if (!started) {
            started = true;
            promptShownAtNanos = frameNanos;
        }
        switch (verdict) {
            case FaceVerdict.Matched matched -> {
                goodFramesThisTry++;
                matchesInARow = matched.residentId().equals(matchedResident) ? matchesInARow + 1 : 1;
                matchedResident = matched.residentId();
                if (matchesInARow >= MATCHES_NEEDED) {
                    state = new State.SignedIn(matched.residentId());
                    return state;
                }
                endTryIfSpent(frameNanos);
            }
            case FaceVerdict.NoMatch noMatch -> {
                goodFramesThisTry++;
                matchesInARow = 0;
                endTryIfSpent(frameNanos);
            }
            case FaceVerdict.Adjust adjust -> {
                matchesInARow = 0;
                prompt(FacePrompt.asking(adjust.adjustment()), frameNanos);
            }
        }
        return state;
    }

    public State state() {
        return state;
    }

    private void endTryIfSpent(long frameNanos) {
        if (goodFramesThisTry < GOOD_FRAMES_PER_TRY) {
            prompt(FacePrompt.HOLD_STILL, frameNanos);
            return;
        }
        failedTries++;
        goodFramesThisTry = 0;
        if (failedTries >= TRIES) {
            state = new State.TapCardInstead();
        } else {
            state = new State.Prompting(FacePrompt.TRY_ONCE_MORE);
            promptShownAtNanos = frameNanos;
        }
    }

    private void prompt(FacePrompt wanted, long frameNanos) {
        if (state instanceof State.Prompting(FacePrompt shown) && shown != wanted
                && frameNanos - promptShownAtNanos >= MIN_PROMPT_TIME.toNanos()) {
            state = new State.Prompting(wanted);
            promptShownAtNanos = frameNanos;
        }
    }
}
