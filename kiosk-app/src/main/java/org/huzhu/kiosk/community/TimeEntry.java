package org.huzhu.kiosk.community;

import java.time.Instant;
import java.util.Optional;

/**
 * One change of a resident's minutes made at this kiosk, for the history screen.
 *
 * @param minutes     signed: spent or given away is negative
 * @param counterpart the other resident of a transfer, by display name
 * @param serviceCode the service a redeem or refund paid for
 */
public record TimeEntry(Instant at, int minutes, Kind kind, Optional<String> counterpart, Optional<String> serviceCode,
        Delivery delivery) {

    public enum Kind {
        REDEEMED("redeemed"),
        REFUNDED("refunded"),
        TRANSFERRED_OUT("transferred-out"),
        TRANSFERRED_IN("transferred-in");

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
