package org.huzhu.kiosk.face;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.face.FaceDecision;

/**
 * Guides one face sign-in from the face engine's decisions, frame by frame, to an end: signed in, or "please tap your
 * card instead" after two tries that did not sign in. Poor frames only change the prompt, never count against the
 * person, and there is no countdown: a resident may take as long as they need (the idle guard ends an abandoned
 * screen).
 *
 * <p>A sign-in needs {@value #MATCHES_NEEDED} matched frames in a row for the same resident, so one lucky frame signs
 * nobody in. A try fails after {@value #GOOD_FRAMES_PER_TRY} good frames without that. When no good frame comes for a
 * long while (no face at all, a photo of dogs, two people who stay together), the coach suggests the card too, without
 * ever having counted down. A prompt stays up at least {@link #MIN_PROMPT_TIME}, so it can be read and spoken before
 * the next one. Not thread-safe: one camera thread, or the FX thread, feeds it.
 */
public final class FaceCoach {

    public static final int MATCHES_NEEDED = 3;
    static final int GOOD_FRAMES_PER_TRY = 12;
    static final int TRIES = 2;
    static final Duration MIN_PROMPT_TIME = Duration.ofMillis(2500);
    /** How long poor frames may go on before the card is suggested: long enough to step up and settle. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    /** Where the sign-in stands after a frame. */
    public sealed interface State {
        /** Still trying: show and say {@code prompt}. */
        record Prompting(FacePrompt prompt) implements State {
            public Prompting {
                Objects.requireNonNull(prompt);
            }
        }

        record SignedIn(UUID residentId) implements State {
        }

        /** Two tries did not sign in: "please tap your card instead". Final. */
        record TapCardInstead() implements State {
        }
    }

    private final long patienceNanos;
    private State state = new State.Prompting(FacePrompt.LOOK_AT_SCREEN);
    private long promptShownAtNanos;
    private long lastGoodFrameNanos;
    private boolean started;
    private UUID matchedResident;
    private int matchesInARow;
    private int goodFramesThisTry;
    private int failedTries;

    public FaceCoach() {
        this(PATIENCE);
    }

    /** @param patience how long frames without a usable face may go on before the card is suggested */
    public FaceCoach(Duration patience) {
        this.patienceNanos = patience.toNanos();
    }

    /** The state after the engine's {@code decision} on a frame captured at {@code frameNanos} (monotonic). */
    public State next(FaceDecision<UUID> decision, long frameNanos) {
        if (!(state instanceof State.Prompting)) {
            return state;
        }
        if (!started) {
            started = true;
            promptShownAtNanos = frameNanos;
            lastGoodFrameNanos = frameNanos;
        }
        switch (decision) {
            case FaceDecision.Matched<UUID> matched -> {
                goodFramesThisTry++;
                lastGoodFrameNanos = frameNanos;
                matchesInARow = matched.key().equals(matchedResident) ? matchesInARow + 1 : 1;
                matchedResident = matched.key();
                if (matchesInARow >= MATCHES_NEEDED) {
                    state = new State.SignedIn(matched.key());
                    return state;
                }
                endTryIfSpent(frameNanos);
            }
            case FaceDecision.Refused<UUID> refused -> {
                matchesInARow = 0;
                Optional<FacePrompt> adjustment = FacePrompt.asking(refused.reason());
                if (adjustment.isEmpty()) {
                    goodFramesThisTry++;
                    lastGoodFrameNanos = frameNanos;
                    endTryIfSpent(frameNanos);
                } else if (frameNanos - lastGoodFrameNanos >= patienceNanos) {
                    state = new State.TapCardInstead();
                } else {
                    prompt(adjustment.get(), frameNanos);
                }
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
