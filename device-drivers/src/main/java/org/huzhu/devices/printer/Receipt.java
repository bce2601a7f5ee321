package org.huzhu.devices.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A receipt as the kiosk means it, not as the printer is told it: lines of text with a size and an alignment, QR
 * codes and a cut, in order. {@link EscPosEncoder} turns it into printer bytes; {@link EscPosParser} turns such bytes
 * back into the same receipt (which is how the simulated printer and the tests read what was printed).
 */
public record Receipt(List<Part> parts) {

    /** The longest text a QR code on a receipt carries (a booking's reference is far shorter). */
    public static final int MAX_QR_PAYLOAD = 300;
    /** The longest line, in characters; longer text is wrapped by the {@link Builder}. */
    public static final int MAX_LINE = 200;

    public Receipt {
        parts = List.copyOf(parts);
    }

    /** One thing on the paper. */
    public sealed interface Part permits Text, Qr, Cut {
    }

    /** A line of text: printable characters only (no control characters, no line breaks). */
    public record Text(String text, TextSize size, Alignment alignment) implements Part {
        public Text {
            Objects.requireNonNull(size);
            Objects.requireNonNull(alignment);
            if (text.length() > MAX_LINE || text.codePoints().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a receipt line is at most " + MAX_LINE
                        + " printable characters");
            }
        }
    }

    /** A QR code (model 2), printed centred. */
    public record Qr(String payload) implements Part {
        public Qr {
            if (payload.isEmpty() || payload.length() > MAX_QR_PAYLOAD
                    || payload.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                throw new IllegalArgumentException("a receipt's QR code carries 1 to " + MAX_QR_PAYLOAD
                        + " printable ASCII characters");
            }
        }
    }

    /** Feed the paper past the cutter and cut: the end of a receipt. */
    public record Cut() implements Part {
    }

    /** The text lines, in order (what a test or the on-screen paper reads). */
    public List<Text> lines() {
        return parts.stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    public static Builder builder(PaperWidth paper) {
        return new Builder(paper);
    }

    /** Builds a receipt for one paper width, wrapping each line to what that paper holds at the line's size. */
    public static final class Builder {

        private final PaperWidth paper;
        private final List<Part> parts = new ArrayList<>();

        private Builder(PaperWidth paper) {
            this.paper = Objects.requireNonNull(paper);
        }

        /** {@code text} wrapped to the paper: at spaces where it can, anywhere between Chinese characters. */
        public Builder line(String text, TextSize size, Alignment alignment) {
            for (String piece : LineWrap.wrap(text, paper.columns() / size.widthFactor())) {
                parts.add(new Text(piece, size, alignment));
            }
            return this;
        }

        public Builder line(String text) {
            return line(text, TextSize.NORMAL, Alignment.LEFT);
        }

        public Builder blank() {
            parts.add(new Text("", TextSize.NORMAL, Alignment.LEFT));
            return this;
        }

        public Builder qr(String payload) {
            parts.add(new Qr(payload));
            return this;
        }

        /** The receipt, cut at its end. */
        public Receipt cut() {
            parts.add(new Cut());
            return new Receipt(parts);
        }
    }
}
