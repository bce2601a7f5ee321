package org.huzhu.server.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.huzhu.server.catalogue.Catalogue;
import org.huzhu.server.ledger.Ledger;

/**
 * Cancelling a booking the rules decided to cancel: the place is freed and any minutes redeemed for it are given back
 * (reversal postings). {@code booking.cancelled} and {@code resident.closed} cancel this one way. Stateless.
 */
final class Cancellations {

    private Cancellations() {
    }

    static void cancelAndRefund(Connection connection, String transactionId, Catalogue.BookingState booking,
            Instant now) throws SQLException {
        Catalogue.cancel(connection, booking);
        for (long posting : Ledger.unreversedPostings(connection, Ledger.Kind.REDEEM, booking.bookingId())) {
            Ledger.reverse(connection, posting, transactionId, now);
        }
    }
}
