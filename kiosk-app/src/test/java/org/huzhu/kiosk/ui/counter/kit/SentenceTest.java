package org.huzhu.kiosk.ui.counter.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Every refusal has words at the counter, its own or the kiosk's, so no screen ever shows a message key. */
class SentenceTest {

    @Test
    void everyRefusalIsWordedAtTheCounterInBothLanguages() {
        for (Refusal.Reason reason : Refusal.Reason.values()) {
            Sentence sentence = Sentence.refusal(new Refusal(reason, "test"), "王秀英");
            for (Language language : Language.values()) {
                Messages messages = Messages.of(language);
                assertThat(messages.has(sentence.key())).as("%s: %s", language.tag(), sentence.key()).isTrue();
                assertThat(sentence.in(messages)).as(sentence.key()).isNotBlank().doesNotContain("{", "[");
            }
        }
    }

    @Test
    void theCountersOwnWordsComeFirstAndAKiosksRefusalIsSaidAsTheKioskSaysIt() {
        assertThat(Sentence.refusal(new Refusal(Refusal.Reason.SLOT_FULL, "test")).key())
                .isEqualTo("counter.refusal.slot-full");
        assertThat(Sentence.refusal(new Refusal(Refusal.Reason.TOO_LATE_TO_CANCEL, "test")).key())
                .isEqualTo("refusal.too-late-to-cancel");
        assertThat(Sentence.refusal(new IllegalStateException("boom")).key()).isEqualTo("counter.refusal.not-recorded");
    }
}
