package org.huzhu.kiosk.ui.receipt;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kiosk.community.Booking;
import org.huzhu.kiosk.community.TimeBank;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.printing.Paper;
import org.huzhu.kiosk.printing.Paper.Align;
import org.huzhu.kiosk.printing.Paper.Line;
import org.huzhu.kiosk.printing.Paper.Size;
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

    public static Paper booking(Messages messages, ZoneId zone, StationPrinter printer, Booking booking,
            TimeBank.Balance balanceAfter) {
        var language = messages.language();
        List<Paper.Item> paper = head(messages, printer, "receipt.title");
        fact(paper, messages, "details.number", booking.number(), Size.LARGE);
        fact(paper, messages, "details.what", booking.service().name(language), Size.LARGE);
        fact(paper, messages, "details.when", Words.when(messages, booking.startsAt(), zone), Size.LARGE);
        fact(paper, messages, "details.where", booking.service().place(language), Size.TALL);
        fact(paper, messages, "details.cost", Words.cost(messages, booking.costMinutes(), booking.costFen()),
                Size.TALL);
        fact(paper, messages, "details.balance", messages.minutes(balanceAfter.minutes()), Size.TALL);
        paper.add(Line.normal(""));
        paper.add(new Paper.Code(BOOKING_QR_PREFIX + booking.id()));
        paper.add(new Line(messages.text("receipt.print.qr"), Size.NORMAL, Align.CENTRE));
        paper.add(Line.normal(""));
        paper.add(Line.normal(messages.text(booking.costFen() > 0 ? "receipt.note.pay" : "receipt.note")));
        return new Paper(paper);
    }

    public static Paper transfer(Messages messages, ZoneId zone, Instant when, StationPrinter printer,
            TimeBank.Transfer transfer) {
        List<Paper.Item> paper = head(messages, printer, "transfer.done.title");
        paper.add(new Line(messages.format("transfer.done.what", messages.minutes(transfer.minutes()),
                transfer.to().displayName()), Size.LARGE, Align.LEFT));
        paper.add(Line.normal(""));
        fact(paper, messages, "details.when", Words.when(messages, when, zone), Size.LARGE);
        fact(paper, messages, "details.where", printer.header(), Size.TALL);
        fact(paper, messages, "details.balance", messages.minutes(transfer.balanceAfter().minutes()), Size.TALL);
        paper.add(Line.normal(""));
        paper.add(Line.normal(messages.text("transfer.done.note")));
        return new Paper(paper);
    }

    private static List<Paper.Item> head(Messages messages, StationPrinter printer, String titleKey) {
        List<Paper.Item> paper = new ArrayList<>();
        paper.add(new Line(printer.header(), Size.TALL, Align.CENTRE));
        paper.add(new Line(messages.text(titleKey), Size.TALL, Align.CENTRE));
        paper.add(Line.normal(""));
        return paper;
    }

    private static void fact(List<Paper.Item> paper, Messages messages, String nameKey, String value, Size size) {
        paper.add(Line.normal(messages.text(nameKey)));
        paper.add(new Line(value, size, Align.LEFT));
    }
}
