package org.huzhu.kiosk.community;

import java.time.Instant;
import java.util.Optional;
import org.huzhu.kiosk.i18n.Language;

/**
 * One change of a resident's minutes, for the history screen: made at this kiosk, or, from the server's snapshot,
 * volunteer minutes staff confirmed and corrections staff made (a reversal with its reason).
 *
 * @param minutes     signed: spent or given away is negative
 * @param counterpart the other resident of a transfer, by display name
 * @param serviceCode the service a redeem or refund paid for
 * @param task        the volunteer task confirmed minutes were for, when this kiosk knows it
 * @param reason      why staff corrected it, as they wrote it ({@link Kind#CORRECTED} only)
 */
public record TimeEntry(Instant at, int minutes, Kind kind, Optional<String> counterpart, Optional<String> serviceCode,
        Optional<TaskTitle> task, Delivery delivery, Optional<String> reason) {

    /** A volunteer task's title in both languages. */
    public record TaskTitle(String zh, String en) {

        public String in(Language language) {
            return language == Language.ZH_CN ? zh : en;
        }
    }

    public enum Kind {
        REDEEMED("redeemed"),
        REFUNDED("refunded"),
        TRANSFERRED_OUT("transferred-out"),
        TRANSFERRED_IN("transferred-in"),
        /** Staff confirmed the resident's volunteer minutes; never a local {@code time_entry} row. */
        VOLUNTEERED("volunteered"),
        /** Staff reversed an earlier change ({@code transaction.reversed}); never a local {@code time_entry} row. */
        CORRECTED("corrected");

        private final String column;

        Kind(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }

        static Kind fromColumn(String column) {
            for (Kind kind : values()) {
                if (kind.column.equals(column)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown time entry kind " + column);
        }
    }
}
