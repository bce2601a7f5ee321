package org.huzhu.kiosk.ui.aid;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kiosk.community.AidOrder;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.ui.session.Words;
import org.huzhu.protocol.aid.AidOrderStatus;

/**
 * One aid order in the sentences its patient is told: who gives how much until when, what was paid to the hospital
 * and when, and what is left or, once the order has ended, that what was not used went back to the charity. An ended
 * order says so without saying why (a revocation is the charity's business, not the patient's fault).
 */
final class AidWords {

    private AidWords() {
    }

    /** E.g. "上海慈善基金会 资助您 3,000.00 元（到 2027年3月12日）。", "已付给 瑞金医院 2,400.00 元（12月2日）。", … */
    static List<String> sentences(Messages messages, AidOrder order, ZoneId zone) {
        List<String> sentences = new ArrayList<>();
        String approved = Words.money(messages, order.approvedFen());
        String until = date(messages, "aid.format.until", order.validUntil(), zone);
        sentences.add(switch (order.status()) {
            case OPEN -> messages.format("aid.open", order.charityName(), approved, until);
            case EXPIRED -> messages.format("aid.expired", order.charityName(), approved, until);
            case REVOKED -> messages.format("aid.revoked", order.charityName(), approved);
        });
        sentences.add(paid(messages, order, zone));
        boolean open = order.status() == AidOrderStatus.OPEN;
        if (order.remainingFen() <= 0) {
            sentences.add(messages.text("aid.allPaid"));
        } else if (open) {
            sentences.add(messages.format("aid.left", Words.money(messages, order.remainingFen())));
        } else {
            sentences.add(messages.format("aid.returned", Words.money(messages, order.remainingFen()),
                    order.charityName()));
        }
        return sentences;
    }

    /** One payment with its day; several as their total, how many, and the day of the last. */
    private static String paid(Messages messages, AidOrder order, ZoneId zone) {
        List<AidOrder.Payment> payments = order.payments();
        if (payments.isEmpty()) {
            return messages.format(order.status() == AidOrderStatus.OPEN ? "aid.paid.none" : "aid.paid.noneEnded",
                    order.hospitalName());
        }
        String last = date(messages, "aid.format.paidOn", payments.getLast().paidAt(), zone);
        String paid = Words.money(messages, order.paidFen());
        return payments.size() == 1 ? messages.format("aid.paid.one", order.hospitalName(), paid, last)
                : messages.format("aid.paid.many", order.hospitalName(), paid, last, payments.size());
    }

    private static String date(Messages messages, String pattern, Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern(messages.text(pattern), messages.language().locale())
                .format(at.atZone(zone));
    }
}
