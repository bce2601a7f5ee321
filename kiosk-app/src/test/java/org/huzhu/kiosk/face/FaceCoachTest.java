package org.huzhu.kiosk.face;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.kiosk.face.FaceCoach.State;
import org.huzhu.kiosk.face.FaceVerdict.Adjust;
import org.huzhu.kiosk.face.FaceVerdict.Adjustment;
import org.huzhu.kiosk.face.FaceVerdict.Matched;
import org.huzhu.kiosk.face.FaceVerdict.NoMatch;
import org.junit.jupiter.api.Test;

class FaceCoachTest {

    /** 10 frames a second. */
    private static final long FRAME = 100_000_000L;

    private final FaceCoach coach = new FaceCoach();
    private long now;

    private State feed(FaceVerdict verdict) {
        now += FRAME;
        return coach.next(verdict, now);
    }

    private State feed(FaceVerdict verdict, int frames) {
        State state = coach.state();
        for (int i = 0; i < frames; i++) {
            state = feed(verdict);
        }
        return state;
    }

    @Test
    void threeMatchedFramesInARowSignTheResidentIn() {
        assertThat(feed(new Matched("r-1"), 2)).isInstanceOf(State.Prompting.class);

        assertThat(feed(new Matched("r-1"))).isEqualTo(new State.SignedIn("r-1"));
        assertThat(feed(new Matched("r-2"))).as("final").isEqualTo(new State.SignedIn("r-1"));
    }

    @Test
    void matchesOfDifferentResidentsOrBrokenByAPoorFrameDoNotAddUp() {
        feed(new Matched("r-1"), 2);
        feed(new Matched("r-2"));
        feed(new Matched("r-1"));
        feed(new Adjust(Adjustment.BLURRED));
        assertThat(feed(new Matched("r-1"), 2)).isInstanceOf(State.Prompting.class);

        assertThat(feed(new Matched("r-1"))).isEqualTo(new State.SignedIn("r-1"));
    }

    @Test
    void twoTriesThatDoNotSignInEndWithTapYourCard() {
        State afterOneTry = feed(new NoMatch(), FaceCoach.GOOD_FRAMES_PER_TRY);
        assertThat(afterOneTry).isEqualTo(new State.Prompting(FacePrompt.TRY_ONCE_MORE));

        assertThat(feed(new NoMatch(), FaceCoach.GOOD_FRAMES_PER_TRY - 1)).isInstanceOf(State.Prompting.class);
        assertThat(feed(new NoMatch())).isEqualTo(new State.TapCardInstead());
        assertThat(feed(new Matched("r-1"), 3)).as("final").isEqualTo(new State.TapCardInstead());
    }

    @Test
    void poorFramesNeverCountAgainstThePersonAndThereIsNoCountdown() {
        assertThat(feed(new Adjust(Adjustment.TOO_FAR), 10 * 60 * 10))
                .isEqualTo(new State.Prompting(FacePrompt.COME_CLOSER));

        assertThat(feed(new Matched("r-1"), 3)).isEqualTo(new State.SignedIn("r-1"));
    }

    @Test
    void eachAdjustmentHasItsOwnPlainPrompt() {
        assertThat(FacePrompt.asking(Adjustment.NO_FACE)).isEqualTo(FacePrompt.LOOK_AT_SCREEN);
        assertThat(FacePrompt.asking(Adjustment.NOT_FRONTAL)).isEqualTo(FacePrompt.LOOK_AT_SCREEN);
        assertThat(FacePrompt.asking(Adjustment.TOO_FAR)).isEqualTo(FacePrompt.COME_CLOSER);
        assertThat(FacePrompt.asking(Adjustment.SEVERAL_FACES)).isEqualTo(FacePrompt.ONE_AT_A_TIME);
        assertThat(FacePrompt.asking(Adjustment.BLURRED)).isEqualTo(FacePrompt.HOLD_STILL);
        assertThat(FacePrompt.asking(Adjustment.TOO_DARK)).isEqualTo(FacePrompt.FACE_THE_LIGHT);
    }

    @Test
    void aPromptStaysUpLongEnoughToBeReadAndSpoken() {
        feed(new Adjust(Adjustment.TOO_FAR), 30);
        assertThat(coach.state()).isEqualTo(new State.Prompting(FacePrompt.COME_CLOSER));

        assertThat(feed(new Adjust(Adjustment.SEVERAL_FACES))).as("the last prompt is still being read")
                .isEqualTo(new State.Prompting(FacePrompt.COME_CLOSER));
        int framesToWait = (int) (FaceCoach.MIN_PROMPT_TIME.toNanos() / FRAME);
        assertThat(feed(new Adjust(Adjustment.SEVERAL_FACES), framesToWait))
                .isEqualTo(new State.Prompting(FacePrompt.ONE_AT_A_TIME));
    }
}
