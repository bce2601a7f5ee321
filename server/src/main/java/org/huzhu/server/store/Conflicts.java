package org.huzhu.server.store;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tells a PostgreSQL transaction aborted because of a concurrent one, which may simply run again: it changed nothing,
 * and the other has committed or given up by then. With {@link Database#WRITE_ORDER} taken first these should not
 * happen; they are handled all the same, so that a race no lock foresaw is answered as the rules would answer it on a
 * quiet database (a transaction id stored meanwhile is then found, a duplicate), never as a failure. Stateless.
 */
final class Conflicts {

    /** Serialisation failure, deadlock detected, unique key taken by a transaction that committed meanwhile. */
    private static final Set<String> CONFLICTS = Set.of("40001", "40P01", "23505");
    /** Enough for any race to be over; a conflict that comes back every time is a fault, and reported as one. */
    static final int MAX_ATTEMPTS = 5;
    private static final long PAUSE_MILLIS = 5;

    private Conflicts() {
    }

    static boolean isConflict(SQLException failure) {
        for (SQLException e = failure; e != null; e = e.getNextException()) {
            if (e.getSQLState() != null && CONFLICTS.contains(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A short random pause before attempt {@code attempt + 1}, so that two conflicting retries do not meet again. */
    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, PAUSE_MILLIS * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A transaction that ended in a conflict and was rolled back. */
    static final class Conflict extends Exception {

        Conflict(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
