-- The reference server's schema. Plain SQL that both SQLite (3.35+) and PostgreSQL (12+) accept: TEXT, INTEGER and
-- BIGINT columns only, times as ISO-8601 text plus epoch milliseconds where they are compared, no vendor types.

-- One row. version: the snapshot version counter (every change a kiosk must learn bumps it and stamps the row);
-- next_posting: the next ledger posting number.
CREATE TABLE change_counter (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    version      BIGINT  NOT NULL,
    next_posting BIGINT  NOT NULL
);
INSERT INTO change_counter (id, version, next_posting) VALUES (1, 0, 1);

CREATE TABLE enrolment_code (
    code_hash  TEXT PRIMARY KEY,          -- SHA-256 hex of the normalised code; the code itself is never stored
    created_at TEXT NOT NULL,
    expires_at BIGINT NOT NULL,           -- epoch ms
    used_by    TEXT,
    used_at    TEXT
);

CREATE TABLE kiosk (
    kiosk_id      TEXT PRIMARY KEY,       -- K- + 16 hex of SHA-256(SubjectPublicKeyInfo)
    suite         TEXT NOT NULL,
    public_key    TEXT NOT NULL,          -- base64 SubjectPublicKeyInfo
    status        TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
    enrolled_at   TEXT NOT NULL,
    code_hash     TEXT NOT NULL,
    head_sequence BIGINT NOT NULL,
    head_hash     TEXT NOT NULL,
    revoked_at    TEXT
);

-- Nonces of authenticated requests, kept until their timestamps leave the freshness window.
CREATE TABLE request_nonce (
    kiosk_id   TEXT   NOT NULL,
    nonce      TEXT   NOT NULL,
    expires_at BIGINT NOT NULL,           -- epoch ms
    PRIMARY KEY (kiosk_id, nonce)
);
CREATE INDEX request_nonce_expiry ON request_nonce (expires_at);

-- Every transaction ever received with its final verdict: the permanent de-duplication record.
CREATE TABLE transaction_record (
    transaction_id TEXT PRIMARY KEY,
    kiosk_id       TEXT    NOT NULL REFERENCES kiosk (kiosk_id),
    sequence       BIGINT  NOT NULL,
    envelope       TEXT    NOT NULL,      -- the exact canonical bytes (UTF-8 JSON) as received
    envelope_hash  TEXT    NOT NULL,      -- suite hash, the next envelope's previousHash
    type           TEXT    NOT NULL,
    created_at_ms  BIGINT  NOT NULL,
    verdict        TEXT    NOT NULL CHECK (verdict IN ('accepted', 'rejected')),
    reason         TEXT,
    warnings       TEXT    NOT NULL,      -- comma-separated codes, empty for none
    received_at    TEXT    NOT NULL,
    UNIQUE (kiosk_id, sequence)
);

-- Double-entry ledger in whole minutes. Every posting is two legs summing to zero; rows are never updated or deleted:
-- a correction is a new posting that reverses an earlier one.
CREATE TABLE ledger_entry (
    posting_id        BIGINT  NOT NULL,
    leg               INTEGER NOT NULL CHECK (leg IN (1, 2)),
    account_id        TEXT    NOT NULL,
    minutes           BIGINT  NOT NULL,
    kind              TEXT    NOT NULL CHECK (kind IN ('credit', 'redeem', 'transfer', 'reversal')),
    transaction_id    TEXT    REFERENCES transaction_record (transaction_id) DEFERRABLE INITIALLY DEFERRED,
    reference         TEXT,               -- booking id (redeem) or task id (credit)
    reverses_posting  BIGINT,
    recorded_at       TEXT    NOT NULL,
    PRIMARY KEY (posting_id, leg)
);
CREATE INDEX ledger_entry_account ON ledger_entry (account_id);
CREATE INDEX ledger_entry_reference ON ledger_entry (reference);
CREATE INDEX ledger_entry_transaction ON ledger_entry (transaction_id);

-- Balances derived from ledger_entry in the same database transaction, for limits and snapshots.
CREATE TABLE account (
    account_id TEXT   PRIMARY KEY,        -- 'pool' or 'resident:<uuid>'
    balance    BIGINT NOT NULL,
    version    BIGINT NOT NULL
);

CREATE TABLE service (
    code         TEXT    PRIMARY KEY,
    name_zh      TEXT    NOT NULL,
    name_en      TEXT    NOT NULL,
    cost_minutes INTEGER NOT NULL,
    cost_fen     BIGINT  NOT NULL,
    active       INTEGER NOT NULL CHECK (active IN (0, 1)),
    version      BIGINT  NOT NULL
);

CREATE TABLE slot (
    slot_id      TEXT    PRIMARY KEY,
    service_code TEXT    NOT NULL REFERENCES service (code),
    starts_at    TEXT    NOT NULL,
    capacity     INTEGER NOT NULL CHECK (capacity >= 0),
    booked       INTEGER NOT NULL CHECK (booked >= 0),
    version      BIGINT  NOT NULL
);

CREATE TABLE booking (
    booking_id     TEXT PRIMARY KEY,
    slot_id        TEXT NOT NULL REFERENCES slot (slot_id),
    resident_id    TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
    transaction_id TEXT NOT NULL
);

CREATE TABLE resident (
    resident_id    TEXT   PRIMARY KEY,
    card_hash      TEXT   NOT NULL UNIQUE,
    id_number_hash TEXT   NOT NULL,
    display_name   TEXT   NOT NULL,
    version        BIGINT NOT NULL
);

-- When each kiosk was last given a snapshot: the offline policy counts from these (docs/protocol.md).
CREATE TABLE snapshot_served (
    kiosk_id     TEXT   NOT NULL,
    served_at_ms BIGINT NOT NULL,
    version      BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, served_at_ms)
);
