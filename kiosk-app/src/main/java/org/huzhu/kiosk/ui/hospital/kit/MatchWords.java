package org.huzhu.kiosk.ui.hospital.kit;

import java.time.LocalDate;
import java.time.ZoneId;
import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.sync.RejectionWords;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.aid.OpenAidOrder;
import org.huzhu.protocol.aid.Yuan;

/**
 * What a receptionist hears when a hospital order does not match the aid order it was entered against, with the
 * figures the desk knows from the order it showed: "¥120 more than the ¥3,000 left on this aid", "This aid ended on
 * 12 March". The same words for the desk's check ahead and for the server's refusal of a submitted order.
 */
public final class MatchWords {

    private MatchWords() {
    }

    /** The words for {@code code} (a {@link MatchRefusal} code or another rejection code) of {@code amountFen}. */
    public static Sentence of(String code, OpenAidOrder order, long amountFen, ZoneId zone) {
        return MatchRefusal.fromCode(code).map(refusal -> of(refusal, order, amountFen, zone))
                .orElseGet(() -> Sentence.of("hospital.refused.other",
                        (Sentence.Worded) messages -> messages.text(RejectionWords.why(code))));
    }

    public static Sentence of(MatchRefusal refusal, OpenAidOrder order, long amountFen, ZoneId zone) {
        return switch (refusal) {
            case OVER_REMAINING -> Sentence.of("hospital.match.amount-over-remaining",
                    Yuan.shown(amountFen - order.remainingFen()), Yuan.shown(order.remainingFen()));
            case EXPIRED -> {
                LocalDate ended = LocalDate.ofInstant(order.validUntil(), zone);
                yield Sentence.of("hospital.match.aid-order-expired",
                        (Sentence.Worded) messages -> Words.longDay(messages, ended));
            }
            default -> Sentence.of("hospital.match." + refusal.code());
        };
    }
}
