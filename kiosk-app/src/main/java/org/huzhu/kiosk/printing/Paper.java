package org.huzhu.kiosk.printing;

import java.util.List;
import org.huzhu.devices.printer.Alignment;
import org.huzhu.devices.printer.PaperWidth;
import org.huzhu.devices.printer.Receipt;
import org.huzhu.devices.printer.TextSize;

/**
 * A receipt as screens write it and the demo shows it, in the kiosk's own terms (the UI never sees the printer
 * driver, ADR 0002): lines with a size and an alignment, and QR codes for staff. {@link StationPrinter} turns it into
 * the driver's {@link Receipt}, wrapped to the paper.
 */
public record Paper(List<Item> items) {

    public Paper {
        items = List.copyOf(items);
    }

    public enum Size { NORMAL, TALL, LARGE }

    public enum Align { LEFT, CENTRE, RIGHT }

    public sealed interface Item permits Line, Code {
    }

    public record Line(String text, Size size, Align align) implements Item {
        public static Line normal(String text) {
            return new Line(text, Size.NORMAL, Align.LEFT);
        }
    }

    /** A QR code carrying {@code payload}. */
    public record Code(String payload) implements Item {
    }

    /** The lines' texts, in order. */
    public List<String> texts() {
        return items.stream().filter(Line.class::isInstance).map(item -> ((Line) item).text()).toList();
    }

    /** The printer's receipt: every line wrapped to {@code width}, cut at the end. */
    Receipt toReceipt(PaperWidth width) {
        Receipt.Builder receipt = Receipt.builder(width);
        for (Item item : items) {
            switch (item) {
                case Line line -> receipt.line(line.text(), TextSize.valueOf(line.size().name()),
                        Alignment.valueOf(line.align().name()));
                case Code code -> receipt.qr(code.payload());
            }
        }
        return receipt.cut();
    }

    /** What a printer printed, read back (the demo's simulated printer): the cut is the end of it. */
    public static Paper of(Receipt receipt) {
        return new Paper(receipt.parts().stream().<Item>mapMulti((part, out) -> {
            switch (part) {
                case Receipt.Text text -> out.accept(new Line(text.text(), Size.valueOf(text.size().name()),
                        Align.valueOf(text.alignment().name())));
                case Receipt.Qr qr -> out.accept(new Code(qr.payload()));
                case Receipt.Cut cut -> { }
            }
        }).toList());
    }
}
