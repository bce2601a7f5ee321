-- Charity aid orders and the money ledger (docs/protocol.md §12, ADR 0015). SQL that both SQLite and PostgreSQL
-- accept. Money is integer fen (BIGINT) everywhere; no table here mixes it with minutes.

-- Applications recorded at the counter (aid.applied, accepted). A charity approves one at most once, by an order.
CREATE TABLE aid_application (
    application_id TEXT    PRIMARY KEY,
    resident_id    TEXT    NOT NULL,
    charity_id     TEXT    NOT NULL,
    hospital_id    TEXT    NOT NULL,
    purpose        TEXT    NOT NULL,
    amount_fen     BIGINT  NOT NULL CHECK (amount_fen > 0),
    documents      TEXT    NOT NULL,      -- JSON array of {name, mediaType, sha256}, as in the transaction
    transaction_id TEXT    NOT NULL,
    applied_at_ms  BIGINT  NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('applied', 'approved'))
);
CREATE INDEX aid_application_charity ON aid_application (charity_id);

-- Charity's aid orders as issued. paid_fen and returned_fen only grow, by conditional updates that keep
-- paid_fen + returned_fen <= max_fen, so two desks racing cannot both take the last fen. document is the canonical
-- JSON the charity signed, signature its signature in hex: the approval, checkable without trusting this server.
CREATE TABLE aid_order (
    order_id          TEXT   PRIMARY KEY,
    application_id    TEXT   NOT NULL UNIQUE REFERENCES aid_application (application_id),
    charity_id        TEXT   NOT NULL,
    hospital_id       TEXT   NOT NULL,
    resident_id       TEXT   NOT NULL,
    patient           TEXT   NOT NULL,    -- the pseudonym institutions know the patient by
    purpose           TEXT   NOT NULL,
    max_fen           BIGINT NOT NULL CHECK (max_fen > 0),
    paid_fen          BIGINT NOT NULL CHECK (paid_fen >= 0),
    returned_fen      BIGINT NOT NULL CHECK (returned_fen >= 0),
    valid_until_ms    BIGINT NOT NULL,
    issued_at_ms      BIGINT NOT NULL,
    status            TEXT   NOT NULL CHECK (status IN ('open', 'revoked', 'expired')),
    closed_at_ms      BIGINT,             -- when it was revoked or expired
    document          TEXT   NOT NULL,
    signature         TEXT   NOT NULL,
    version           BIGINT NOT NULL,    -- snapshot version: the patient's kiosk learns its aid from it
    CHECK (paid_fen + returned_fen <= max_fen)
);
CREATE INDEX aid_order_resident ON aid_order (resident_id);
CREATE INDEX aid_order_due ON aid_order (status, valid_until_ms);

-- Hospital orders that matched (hospital-order.submitted, accepted): the hospital's order number is the idempotency
-- key, so the same number is never paid twice. settlement_id: the settlement file that paid it, NULL until then.
CREATE TABLE hospital_payment (
    hospital_id           TEXT   NOT NULL,
    hospital_order_number TEXT   NOT NULL,
    order_id              TEXT   NOT NULL REFERENCES aid_order (order_id),
    amount_fen            BIGINT NOT NULL CHECK (amount_fen > 0),
    items                 TEXT   NOT NULL,  -- JSON array of {description, amountFen}
    transaction_id        TEXT   NOT NULL,
    matched_at_ms         BIGINT NOT NULL,
    settlement_id         TEXT,
    PRIMARY KEY (hospital_id, hospital_order_number)
);
CREATE INDEX hospital_payment_order ON hospital_payment (order_id);

-- The money ledger: one row per transfer, a debit and a credit account, so each transfer sums to 0 by construction;
-- never updated or deleted. Accounts: bank, charity:<id>, hold:<orderId>, hospital:<id> (ADR 0015).
CREATE TABLE money_transfer (
    transfer_id    TEXT   PRIMARY KEY,
    debit_account  TEXT   NOT NULL,
    credit_account TEXT   NOT NULL,
    amount_fen     BIGINT NOT NULL CHECK (amount_fen > 0),
    kind           TEXT   NOT NULL CHECK (kind IN ('donation', 'reserve', 'payment', 'return', 'settlement')),
    order_id       TEXT,
    reference      TEXT   NOT NULL,       -- what caused it: a transaction id, a donation reference, a settlement id
    recorded_at_ms BIGINT NOT NULL,
    CHECK (debit_account <> credit_account)
);
CREATE INDEX money_transfer_order ON money_transfer (order_id);
CREATE INDEX money_transfer_debit ON money_transfer (debit_account);
CREATE INDEX money_transfer_credit ON money_transfer (credit_account);

-- Balances kept with the transfers, in the same database transaction; every account but bank stays >= 0.
CREATE TABLE money_account (
    account_id  TEXT   PRIMARY KEY,
    balance_fen BIGINT NOT NULL,
    CHECK (account_id = 'bank' OR balance_fen >= 0)
);
INSERT INTO money_account (account_id, balance_fen) VALUES ('bank', 0);

-- Each application's history, for the charity, the hospital and the patient: applied, approved, delivered, matched,
-- paid (settled), expired, revoked, returned. Never updated.
CREATE TABLE aid_event (
    application_id TEXT    NOT NULL,
    seq            INTEGER NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('applied', 'approved', 'delivered', 'matched', 'paid',
                                                    'expired', 'revoked', 'returned')),
    order_id       TEXT,
    amount_fen     BIGINT  NOT NULL,
    at_ms          BIGINT  NOT NULL,
    reference      TEXT    NOT NULL,
    PRIMARY KEY (application_id, seq)
);

-- Settlement files written (aid settle): one per hospital and day.
CREATE TABLE settlement (
    settlement_id  TEXT   PRIMARY KEY,    -- also the pain.001 MsgId
    hospital_id    TEXT   NOT NULL,
    day            TEXT   NOT NULL,       -- ISO date the payments were matched, in the server's zone
    payments       INTEGER NOT NULL,
    total_fen      BIGINT NOT NULL,
    created_at_ms  BIGINT NOT NULL,
    UNIQUE (hospital_id, day)
);
