package org.huzhu.kiosk.ui.receipt;

import java.time.Instant;
import java.time.ZoneId;
import org.huzhu.devices.printer.Alignment;
import org.huzhu.devices.printer.Receipt;
import org.huzhu.devices.printer.TextSize;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.printing.StationPrinter;
import org.huzhu.kiosk.ui.session.Words;

/**
 * The paper receipts, in large print: each fact as a small heading and the fact itself twice as large, the same words
 * the screen shows. Nothing on them names the resident or their card (a receipt left at the kiosk is read by the next
 * person); the QR code carries only the booking's id, for staff to look it up.
 */
public final class PrintedReceipts {

    /** What a booking's QR code says: this prefix and the booking's id. */
    public static final String BOOKING_QR_PREFIX = "HUZHU-BOOKING:";

    private PrintedReceipts() {
    }

    public static Receipt booking(Messages messages, ZoneId zone, StationPrinter printer, Booking booking,
            TimeBank.Balance balanceAfter) {
        var language = messages.language();
        Receipt.Builder paper = head(messages, printer, "receipt.title");
        fact(paper, messages, "details.number", booking.number(), TextSize.LARGE);
        fact(paper, messages, "details.what", booking.service().name(language), TextSize.LARGE);
        fact(paper, messages, "details.when", Words.when(messages, booking.startsAt(), zone), TextSize.LARGE);
        fact(paper, messages, "details.where", booking.service().place(language), TextSize.TALL);
        fact(paper, messages, "details.cost", Words.cost(messages, booking.costMinutes(), booking.costFen()),
                TextSize.TALL);
        fact(paper, messages, "details.balance", messages.minutes(balanceAfter.minutes()), TextSize.TALL);
        paper.blank().qr(BOOKING_QR_PREFIX + booking.id())
                .line(messages.text("receipt.print.qr"), TextSize.NORMAL, Alignment.CENTRE)
                .blank()
                .line(messages.text(booking.costFen() > 0 ? "receipt.note.pay" : "receipt.note"));
        return paper.cut();
    }

    public static Receipt transfer(Messages messages, ZoneId zone, Instant when, StationPrinter printer,
            TimeBank.Transfer transfer) {
        Receipt.Builder paper = head(messages, printer, "transfer.done.title");
        paper.line(messages.format("transfer.done.what", messages.minutes(transfer.minutes()),
                transfer.to().displayName()), TextSize.LARGE, Alignment.LEFT).blank();
        fact(paper, messages, "details.when", Words.when(messages, when, zone), TextSize.LARGE);
        fact(paper, messages, "details.where", printer.header(), TextSize.TALL);
        fact(paper, messages, "details.balance", messages.minutes(transfer.balanceAfter().minutes()), TextSize.TALL);
        paper.blank().line(messages.text("transfer.done.note"));
        return paper.cut();
    }

    private static Receipt.Builder head(Messages messages, StationPrinter printer, String titleKey) {
        return Receipt.builder(printer.paper())
                .line(printer.header(), TextSize.TALL, Alignment.CENTRE)
                .line(messages.text(titleKey), TextSize.TALL, Alignment.CENTRE)
                .blank();
    }

    private static void fact(Receipt.Builder paper, Messages messages, String nameKey, String value, TextSize size) {
        paper.line(messages.text(nameKey)).line(value, size, Alignment.LEFT);
    }
}
