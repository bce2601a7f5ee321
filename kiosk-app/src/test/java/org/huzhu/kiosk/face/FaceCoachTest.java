package org.huzhu.kiosk.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.huzhu.face.FaceDecision;
import org.huzhu.face.FaceRefusal;
import org.huzhu.kiosk.face.FaceCoach.State;
import org.junit.jupiter.api.Test;

class FaceCoachTest {

    /** 10 frames a second. */
    private static final long FRAME = 100_000_000L;

    private static final UUID R1 = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID R2 = UUID.fromString("00000000-0000-4000-8000-000000000002");

    private final FaceCoach coach = new FaceCoach();
    private long now;

    private static FaceDecision<UUID> matched(UUID resident) {
        return new FaceDecision.Matched<>(resident, 0.7, 0.3, 0.9f);
    }

    private static FaceDecision<UUID> refused(FaceRefusal reason) {
        return new FaceDecision.Refused<>(reason, Double.NaN);
    }

    private State feed(FaceDecision<UUID> verdict) {
        now += FRAME;
        return coach.next(verdict, now);
    }

    private State feed(FaceDecision<UUID> verdict, int frames) {
        State state = coach.state();
        for (int i = 0; i < frames; i++) {
            state = feed(verdict);
        }
        return state;
    }

    @Test
    void threeMatchedFramesInARowSignTheResidentIn() {
        assertThat(feed(matched(R1), 2)).isInstanceOf(State.Prompting.class);

        assertThat(feed(matched(R1))).isEqualTo(new State.SignedIn(R1));
        assertThat(feed(matched(R2))).as("final").isEqualTo(new State.SignedIn(R1));
    }

    @Test
    void matchesOfDifferentResidentsOrBrokenByAPoorFrameDoNotAddUp() {
        feed(matched(R1), 2);
        feed(matched(R2));
        feed(matched(R1));
        feed(refused(FaceRefusal.BLURRED));
        assertThat(feed(matched(R1), 2)).isInstanceOf(State.Prompting.class);

        assertThat(feed(matched(R1))).isEqualTo(new State.SignedIn(R1));
    }

    @Test
    void twoTriesThatDoNotSignInEndWithTapYourCard() {
        State afterOneTry = feed(refused(FaceRefusal.UNKNOWN), FaceCoach.GOOD_FRAMES_PER_TRY);
        assertThat(afterOneTry).isEqualTo(new State.Prompting(FacePrompt.TRY_ONCE_MORE));

        assertThat(feed(refused(FaceRefusal.UNKNOWN), FaceCoach.GOOD_FRAMES_PER_TRY - 1)).isInstanceOf(State.Prompting.class);
        assertThat(feed(refused(FaceRefusal.UNKNOWN))).isEqualTo(new State.TapCardInstead());
        assertThat(feed(matched(R1), 3)).as("final").isEqualTo(new State.TapCardInstead());
    }

    @Test
    void poorFramesNeverCountAsTriesAndTheCardIsSuggestedOnlyAfterALongWhile() {
        int framesOfPatience = (int) (FaceCoach.PATIENCE.toNanos() / FRAME);
        assertThat(feed(refused(FaceRefusal.TOO_FAR), framesOfPatience - 1))
                .isEqualTo(new State.Prompting(FacePrompt.COME_CLOSER));
        assertThat(feed(matched(R1), 3)).as("a good frame restarts the patience").isEqualTo(new State.SignedIn(R1));
    }

    @Test
    void noFaceForALongWhileEndsWithTapYourCard() {
        int framesOfPatience = (int) (FaceCoach.PATIENCE.toNanos() / FRAME);
        assertThat(feed(refused(FaceRefusal.NO_FACE), framesOfPatience - 1)).isInstanceOf(State.Prompting.class);

        assertThat(feed(refused(FaceRefusal.NO_FACE), 2)).isEqualTo(new State.TapCardInstead());
    }

    @Test
    void eachPoorFrameHasItsOwnPlainPromptAndAGoodFrameThatSignsNobodyInHasNone() {
        assertThat(FacePrompt.asking(FaceRefusal.NO_FACE)).contains(FacePrompt.LOOK_AT_SCREEN);
        assertThat(FacePrompt.asking(FaceRefusal.NOT_FRONTAL)).contains(FacePrompt.LOOK_AT_SCREEN);
        assertThat(FacePrompt.asking(FaceRefusal.TOO_FAR)).contains(FacePrompt.COME_CLOSER);
        assertThat(FacePrompt.asking(FaceRefusal.SEVERAL_FACES)).contains(FacePrompt.ONE_AT_A_TIME);
        assertThat(FacePrompt.asking(FaceRefusal.BLURRED)).contains(FacePrompt.HOLD_STILL);
        assertThat(FacePrompt.asking(FaceRefusal.POOR_LIGHT)).contains(FacePrompt.FACE_THE_LIGHT);
        for (FaceRefusal notTheirFault : new FaceRefusal[] {FaceRefusal.NOT_LIVE, FaceRefusal.UNKNOWN,
                FaceRefusal.AMBIGUOUS}) {
            assertThat(FacePrompt.asking(notTheirFault)).isEmpty();
        }
    }

    @Test
    void failedLivenessAndTwoAlikeResidentsCountAsTriesNeverAsPrompts() {
        feed(refused(FaceRefusal.NOT_LIVE), FaceCoach.GOOD_FRAMES_PER_TRY);
        assertThat(feed(refused(FaceRefusal.AMBIGUOUS), FaceCoach.GOOD_FRAMES_PER_TRY))
                .isEqualTo(new State.TapCardInstead());
    }

    @Test
    void aPromptStaysUpLongEnoughToBeReadAndSpoken() {
        feed(refused(FaceRefusal.TOO_FAR), 30);
        assertThat(coach.state()).isEqualTo(new State.Prompting(FacePrompt.COME_CLOSER));

        assertThat(feed(refused(FaceRefusal.SEVERAL_FACES))).as("the last prompt is still being read")
                .isEqualTo(new State.Prompting(FacePrompt.COME_CLOSER));
        int framesToWait = (int) (FaceCoach.MIN_PROMPT_TIME.toNanos() / FRAME);
        assertThat(feed(refused(FaceRefusal.SEVERAL_FACES), framesToWait))
                .isEqualTo(new State.Prompting(FacePrompt.ONE_AT_A_TIME));
    }
}
