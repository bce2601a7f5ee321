-- resident.closed (docs/protocol.md §7, ADR 0013): an account closed because the resident moved away or died. The
-- resident row stays (history is kept): when, why and by which transaction it was closed. closed_card_hash keeps the
-- card pseudonym the row had once that card is enrolled again as a new account (card_hash is unique, so the closed
-- row then gives it up). Only the resident table and the ledger change: this applies with or without V9. Same rules
-- as V1: SQL that both SQLite and PostgreSQL accept.
ALTER TABLE resident ADD COLUMN closed_at_ms BIGINT;
ALTER TABLE resident ADD COLUMN closed_reason TEXT;
ALTER TABLE resident ADD COLUMN closed_by TEXT;
ALTER TABLE resident ADD COLUMN closed_card_hash TEXT;

-- The closing's balance moves are postings of their own kind, 'closure', so statements and reports can say "account
-- closed". SQLite cannot change a CHECK constraint in place, so the ledger is copied, row for row (entries are never
-- changed, and they are not changed here), into a table of the same name with the wider one. Its indexes are made
-- before the rows go in: PostgreSQL refuses CREATE INDEX on a table with pending (deferred foreign-key) trigger
-- events, which the copied rows leave until the migration's transaction commits.
DROP INDEX ledger_entry_reference;
DROP INDEX ledger_entry_transaction;
DROP INDEX ledger_entry_reverses;
DROP INDEX ledger_entry_spending;
ALTER TABLE ledger_entry RENAME TO ledger_entry_before_v10;
CREATE TABLE ledger_entry (
    posting_id        BIGINT  NOT NULL,
    leg               INTEGER NOT NULL CHECK (leg IN (1, 2)),
    account_id        TEXT    NOT NULL,
    minutes           BIGINT  NOT NULL,
    kind              TEXT    NOT NULL CHECK (kind IN ('credit', 'redeem', 'transfer', 'reversal', 'closure')),
    transaction_id    TEXT    REFERENCES transaction_record (transaction_id) DEFERRABLE INITIALLY DEFERRED,
    reference         TEXT,               -- booking id (redeem), task id (credit), closed resident's id (closure)
    reverses_posting  BIGINT,
    recorded_at       TEXT    NOT NULL,
    PRIMARY KEY (posting_id, leg)
);
CREATE INDEX ledger_entry_reference ON ledger_entry (reference);
CREATE INDEX ledger_entry_transaction ON ledger_entry (transaction_id);
CREATE INDEX ledger_entry_reverses ON ledger_entry (reverses_posting);
CREATE INDEX ledger_entry_spending ON ledger_entry (account_id, leg, kind);
INSERT INTO ledger_entry (posting_id, leg, account_id, minutes, kind, transaction_id, reference, reverses_posting,
                          recorded_at)
SELECT posting_id, leg, account_id, minutes, kind, transaction_id, reference, reverses_posting, recorded_at
FROM ledger_entry_before_v10;
DROP TABLE ledger_entry_before_v10;
