-- The signed transaction journal and its outbox (issue 3). Managed by Flyway; never edit a released migration.

-- Which kiosk this database belongs to: kiosk_id, suite, public_key (base64 SubjectPublicKeyInfo).
CREATE TABLE kiosk_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- One row per signed transaction, in sequence order with no gaps. envelope holds the exact canonical bytes that
-- were signed (plus the signature); the other columns are copies for queries, checked by `journal verify`.
CREATE TABLE journal (
    sequence   INTEGER PRIMARY KEY CHECK (sequence > 0),
    id         TEXT    NOT NULL UNIQUE,
    type       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    envelope   BLOB    NOT NULL,
    hash       TEXT    NOT NULL
) STRICT;

-- Append-only: a bug that tries to change history fails loudly (an attacker is caught by `journal verify`).
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;

-- Delivery state of each transaction: pending -> sent -> accepted | rejected (with the server's reason).
CREATE TABLE outbox (
    sequence   INTEGER PRIMARY KEY REFERENCES journal (sequence),
    state      TEXT    NOT NULL CHECK (state IN ('pending', 'sent', 'accepted', 'rejected')),
    reason     TEXT,
    updated_at TEXT    NOT NULL
) STRICT;

CREATE INDEX outbox_by_state ON outbox (state, sequence);
