package org.huzhu.kiosk.ui.counter.statement;

import java.util.Map;
import java.util.Optional;
import org.huzhu.kiosk.desk.Corrections;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;

/**
 * One page of a resident's statement as the screen shows it: the server's page, the reversals this counter recorded
 * of its entries (the latest for each entry), and the names of the residents its transfers went to or came from (as
 * this counter knows them). Immutable.
 *
 * @param reversals by the id of the entry they reverse
 * @param names     display names by resident id
 */
record StatementPage(Statement statement, Map<String, Corrections.Reversal> reversals, Map<String, String> names) {

    StatementPage {
        reversals = Map.copyOf(reversals);
        names = Map.copyOf(names);
    }

    /** The reversal recorded here of {@code entry} that the server's statement does not show yet. */
    Optional<Corrections.Reversal> localReversal(StatementEntry entry) {
        return entry.reversedBy() != null ? Optional.empty() : Optional.ofNullable(reversals.get(entry.transactionId()));
    }

    /** The entry with this id, if it is on this page. */
    Optional<StatementEntry> entry(String transactionId) {
        return statement.entries().items().stream().filter(entry -> entry.transactionId().equals(transactionId))
                .findFirst();
    }

    /** Whether a reversal recorded here is still to show in the server's statement (the screen then asks again). */
    boolean waitingForTheServer() {
        return statement.entries().items().stream().map(this::localReversal).flatMap(Optional::stream)
                .anyMatch(reversal -> reversal.standing() != Corrections.Standing.REFUSED);
    }
}
