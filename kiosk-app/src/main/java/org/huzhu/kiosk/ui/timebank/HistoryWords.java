package org.huzhu.kiosk.ui.timebank;

import java.time.ZoneId;
import java.util.List;
import org.huzhu.kiosk.community.Service;
import org.huzhu.kiosk.community.TimeEntry;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.ui.session.Words;

/**
 * One time-bank change in the words a resident uses: who gave what to whom, what a service used, what came back, what
 * volunteering earned, what the centre corrected and why.
 */
final class HistoryWords {

    private HistoryWords() {
    }

    /** E.g. "11月23日 星期一 09:30　您给了李建国 30 分钟（等待中心确认）". */
    static String line(Messages messages, TimeEntry entry, List<Service> services, ZoneId zone) {
        String amount = messages.minutes(Math.abs(entry.minutes()));
        String other = entry.counterpart().orElse("");
        String service = entry.serviceCode()
                .flatMap(code -> services.stream().filter(s -> s.code().equals(code)).findFirst())
                .map(s -> s.name(messages.language()))
                .orElse(messages.text("timebank.entry.service"));
        String what = switch (entry.kind()) {
            case TRANSFERRED_OUT -> messages.format("timebank.entry.transferredOut", amount, other);
            case TRANSFERRED_IN -> messages.format("timebank.entry.transferredIn", amount, other);
            case REDEEMED -> messages.format("timebank.entry.redeemed", amount, service);
            case REFUNDED -> messages.format("timebank.entry.refunded", amount, service);
            case VOLUNTEERED -> messages.format("timebank.entry.volunteered", amount, entry.task()
                    .map(task -> task.in(messages.language())).orElse(messages.text("timebank.entry.volunteering")));
            case CORRECTED -> messages.format(entry.minutes() < 0 ? "timebank.entry.correctedDown"
                    : "timebank.entry.correctedUp", amount) + entry.reason()
                    .map(reason -> messages.format("timebank.entry.correctionReason", reason)).orElse("");
        };
        String delivery = switch (entry.delivery()) {
            case WAITING_FOR_SERVER -> messages.text("timebank.delivery.waiting");
            case ACCEPTED -> "";
            case REFUSED -> messages.text("timebank.delivery.refused");
        };
        return messages.format("timebank.entry", Words.when(messages, entry.at(), zone), what + delivery);
    }
}
