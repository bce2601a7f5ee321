package org.huzhu.protocol.aid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Money between integer fen and the yuan people type and read, exactly: {@link BigDecimal}, never floating point.
 * Stateless.
 */
public final class Yuan {

    /** The most fen a JSON number carries exactly (2^53 − 1). */
    public static final long MAX_FEN = (1L << 53) - 1;

    private Yuan() {
    }

    /** Yuan with exactly two decimals and no grouping, as a bank file writes them: {@code 1200.50}. */
    public static String plain(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /**
     * Yuan as people read them on a screen or a slip: the sign, thousands grouped, and the fen only when there are
     * any: {@code ¥3,000}, {@code ¥1,234.50}, {@code ¥0.05}.
     */
    public static String shown(long fen) {
        BigDecimal yuan = BigDecimal.valueOf(fen, 2);
        java.text.DecimalFormat format = new java.text.DecimalFormat(fen % 100 == 0 ? "¥#,##0" : "¥#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return format.format(yuan);
    }

    /**
     * What someone typed as an amount of yuan, in fen: digits with at most two decimals, a {@code ¥} or {@code ￥} in
     * front and thousands separators ({@code ,}) allowed, spaces around ignored; empty when it is not such an amount,
     * is 0, or is more than {@link #MAX_FEN}.
     */
    public static Optional<Long> parse(String typed) {
        String text = typed.strip().replace(",", "");
        if (text.startsWith("¥") || text.startsWith("￥")) {
            text = text.substring(1).strip();
        }
        if (!text.matches("\\d{1,14}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        long fen = new BigDecimal(text).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        return fen >= 1 && fen <= MAX_FEN ? Optional.of(fen) : Optional.empty();
    }
}
