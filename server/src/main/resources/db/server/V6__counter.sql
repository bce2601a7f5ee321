-- What the counter queries read (docs/protocol.md §11), kept by org.huzhu.server.counter.CounterIndex in the same
-- database transaction as each verdict, so that every query is an index look-up or a range scan, never a pass over the
-- journal or the ledger. Every row here can be rebuilt from transaction_record and the ledger. Same rules as V1: SQL
-- that both SQLite and PostgreSQL accept.

-- One row. next_member: the next member number; indexed = 0 while transactions received before this table existed
-- are still to be replayed into these tables (the server does it once, at its next start).
CREATE TABLE counter_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    next_member BIGINT  NOT NULL,
    indexed     INTEGER NOT NULL CHECK (indexed IN (0, 1))
);
INSERT INTO counter_state (id, next_member, indexed)
SELECT 1, 1, CASE WHEN EXISTS (SELECT 1 FROM transaction_record) THEN 0 ELSE 1 END;

-- Every resident enrolled (resident.enrolled accepted), with the member number given at the first enrolment.
CREATE TABLE counter_resident (
    resident_id      TEXT   PRIMARY KEY,
    member_number    BIGINT NOT NULL UNIQUE,   -- shown as M + 6 digits; in the order enrolments were accepted
    display_name     TEXT   NOT NULL,          -- as in resident, the latest enrolment's
    name_folded      TEXT   NOT NULL,          -- display_name in lower case, for "the name contains q"
    enrolled_at_ms   BIGINT NOT NULL,          -- createdAt of the first accepted resident.enrolled
    last_exchange_ms BIGINT                    -- createdAt of the latest accepted transaction that posted to them
);
CREATE INDEX counter_resident_enrolled ON counter_resident (enrolled_at_ms);
-- "The name contains q" reads every name: from this index, a fraction of the table's size.
CREATE INDEX counter_resident_name ON counter_resident (name_folded, resident_id);

-- Exact-match search keys of residents: 'i:' and a prefix of the pinyin initials of the name (every reading of a
-- character with several), 'p:' and the digits of the phone in resident_profile (V5) or one of their endings of 4
-- digits or more. Equality only, so both databases use the primary key whatever their collation.
CREATE TABLE counter_search_key (
    search_key  TEXT NOT NULL,
    resident_id TEXT NOT NULL,
    PRIMARY KEY (search_key, resident_id)
);
CREATE INDEX counter_search_key_resident ON counter_search_key (resident_id);

-- One row per resident and accepted transaction that posted to their account: their statement.
CREATE TABLE counter_exchange (
    resident_id     TEXT   NOT NULL,
    created_at_ms   BIGINT NOT NULL,
    transaction_id  TEXT   NOT NULL,
    type            TEXT   NOT NULL,
    minutes         BIGINT NOT NULL,           -- signed: + came to the resident, - left them
    counterparty_id TEXT,                      -- the other resident of a transfer (or its reversal)
    reverses        TEXT,                      -- the transaction whose postings this one moved back
    reversed_by     TEXT,                      -- the transaction that moved this one's postings back
    reason          TEXT   NOT NULL,           -- the payload's reason, '' for none
    PRIMARY KEY (resident_id, created_at_ms, transaction_id)
);
CREATE INDEX counter_exchange_transaction ON counter_exchange (transaction_id);

-- Accepted transactions the report counts, by createdAt: bookings (subject: the service code), cancellations (the
-- service code; amount: minutes refunded), redemptions, transfers, reversals (amount: minutes), confirmations
-- (subject: the volunteer; amount: minutes) and ratings (subject: the volunteer; amount: the stars).
CREATE TABLE counter_activity (
    transaction_id TEXT   PRIMARY KEY,
    created_at_ms  BIGINT NOT NULL,
    type           TEXT   NOT NULL,
    subject        TEXT   NOT NULL,
    amount         BIGINT NOT NULL
);
-- Covering, and by type first: each of the report's queries reads only its types' part of the range.
CREATE INDEX counter_activity_type ON counter_activity (type, created_at_ms, subject, amount);

-- One row per task and volunteer with an accepted check-in or check-out, across every kiosk.
CREATE TABLE counter_volunteer_session (
    task_id             TEXT    NOT NULL,
    volunteer_id        TEXT    NOT NULL,
    kiosk_id            TEXT    NOT NULL,      -- of the first check-in, else of the latest check-out
    checked_in_ms       BIGINT,                -- createdAt of the first accepted check-in
    checked_out_ms      BIGINT,                -- createdAt of the last accepted check-out
    checked_out_minutes BIGINT  NOT NULL,
    listed_at_ms        BIGINT  NOT NULL,      -- the list's order: checked_in_ms, else checked_out_ms
    waiting             INTEGER NOT NULL CHECK (waiting IN (0, 1)), -- neither confirmed nor marked a no-show
    PRIMARY KEY (task_id, volunteer_id)
);
CREATE INDEX counter_volunteer_session_listed ON counter_volunteer_session (listed_at_ms, task_id, volunteer_id);
CREATE INDEX counter_volunteer_session_waiting ON counter_volunteer_session (waiting, listed_at_ms, task_id,
    volunteer_id);

-- Every rejected transaction, newest first for staff to put right; a few columns of transaction_record copied so the
-- list needs no join.
CREATE TABLE counter_rejection (
    transaction_id TEXT   PRIMARY KEY,
    received_at_ms BIGINT NOT NULL,
    kiosk_id       TEXT   NOT NULL,
    sequence       BIGINT NOT NULL,
    type           TEXT   NOT NULL,
    created_at_ms  BIGINT NOT NULL,
    reason         TEXT   NOT NULL,
    resident_id    TEXT                        -- whom the transaction was for, NULL if it names nobody
);
CREATE INDEX counter_rejection_received ON counter_rejection (received_at_ms, kiosk_id, sequence);
