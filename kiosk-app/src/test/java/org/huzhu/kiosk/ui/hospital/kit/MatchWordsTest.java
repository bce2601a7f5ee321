package org.huzhu.kiosk.ui.hospital.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.aid.OpenAidOrder;
import org.junit.jupiter.api.Test;

/** What a receptionist hears of a mismatch, with the figures of the aid order the desk showed, in both languages. */
class MatchWordsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final OpenAidOrder ORDER = new OpenAidOrder(UUID.randomUUID(), "互助慈善基金会", "住院治疗", 500_000,
            200_000, Instant.parse("2027-03-12T15:59:59Z"));
    private static final Messages ENGLISH = Messages.of(Language.EN);
    private static final Messages CHINESE = Messages.of(Language.ZH_CN);

    @Test
    void overWhatIsLeftSaysByHowMuchAndWhatIsLeft() {
        assertThat(MatchWords.of(MatchRefusal.OVER_REMAINING, ORDER, 312_000, SHANGHAI).in(ENGLISH))
                .startsWith("¥120 more than the ¥3,000 left on this aid.");
        assertThat(MatchWords.of(MatchRefusal.OVER_REMAINING, ORDER, 312_000, SHANGHAI).in(CHINESE))
                .startsWith("比这项救助剩下的¥3,000多了¥120。");
    }

    @Test
    void anEndedAidSaysTheDayItEndedWhereTheDeskIs() {
        assertThat(MatchWords.of("aid-order-expired", ORDER, 1_000, SHANGHAI).in(ENGLISH))
                .startsWith("This aid ended on 12 March 2027.");
        assertThat(MatchWords.of("aid-order-expired", ORDER, 1_000, SHANGHAI).in(CHINESE))
                .startsWith("这项救助已经在2027年3月12日结束。");
    }

    @Test
    void everyMatchRefusalHasWordsOfItsOwnInBothLanguages() {
        for (Messages messages : new Messages[] {ENGLISH, CHINESE}) {
            for (MatchRefusal refusal : MatchRefusal.values()) {
                String words = MatchWords.of(refusal.code(), ORDER, 1_000, SHANGHAI).in(messages);
                assertThat(words).as("%s %s", messages.language(), refusal).doesNotStartWith("[")
                        .doesNotContain(refusal.code()).doesNotContain("''");
            }
        }
        assertThat(MatchWords.of(MatchRefusal.OTHER_HOSPITAL, ORDER, 1_000, SHANGHAI).in(ENGLISH))
                .isEqualTo("This aid is for another hospital. Nothing was paid.");
    }

    @Test
    void anotherRejectionIsSaidInTheCountersWordsAndANewOneWithoutItsCode() {
        assertThat(MatchWords.of("staff-revoked", ORDER, 1_000, SHANGHAI).in(ENGLISH))
                .isEqualTo("The server refused it: the staff member who signed it was suspended or removed at the "
                        + "time.");
        assertThat(MatchWords.of("quota-exceeded", ORDER, 1_000, SHANGHAI).in(ENGLISH))
                .isEqualTo("The server refused it: the server gave a reason this counter does not know yet.")
                .doesNotContain("quota");
    }
}
