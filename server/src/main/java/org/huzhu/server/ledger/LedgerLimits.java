package org.huzhu.server.ledger;

/**
 * Limits on residents' balances, in whole minutes.
 *
 * @param overdraftMinutes  hard limit: a balance may go down to {@code -overdraftMinutes} and no further (default 0)
 * @param softLimitMinutes  a spend that leaves the balance below this is accepted with a warning
 */
public record LedgerLimits(long overdraftMinutes, long softLimitMinutes) {

    public static final LedgerLimits DEFAULT = new LedgerLimits(0, 60);

    public LedgerLimits {
        if (overdraftMinutes < 0) {
            throw new IllegalArgumentException("overdraft must not be negative");
        }
    }

    /** Whether a balance may become {@code balanceAfter}. */
    public boolean allows(long balanceAfter) {
        return balanceAfter >= -overdraftMinutes;
    }

    public boolean belowSoftLimit(long balanceAfter) {
        return balanceAfter < softLimitMinutes;
    }
}
