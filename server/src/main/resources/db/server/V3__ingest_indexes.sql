-- Indexes for batch ingest, whose cost must not grow with the size of the ledger. Same rules as V1: SQL that both
-- SQLite and PostgreSQL accept.

-- "Has this posting been reversed?" (refunds on booking.cancelled): without it every look-up scans the ledger.
CREATE INDEX ledger_entry_reverses ON ledger_entry (reverses_posting);

-- The offline policy's count of one resident's spends (leg 1 of redeem and transfer postings). Its prefix serves
-- whatever ledger_entry_account served, so that index goes (one index less to keep up on every posting).
CREATE INDEX ledger_entry_spending ON ledger_entry (account_id, leg, kind);
DROP INDEX ledger_entry_account;
