-- Institutions (docs/protocol.md §12, ADR 0015): charities and hospitals registered by an operator, with their
-- signing and encryption keys, every change of their standing, and the sealed messages waiting for them. Hospital
-- desks: the hospital a hospital-desk staff member works for, and the hospital a desk station is enrolled for. Same
-- rules as V1: SQL that both SQLite and PostgreSQL accept; one column per ALTER TABLE (SQLite).

-- One row per institution; the keys never change (a new key is a new institution). status is the standing now; the
-- history is institution_event.
CREATE TABLE institution (
    institution_id        TEXT   PRIMARY KEY,   -- I- + 16 hex of SHA-256 of the signing key's SubjectPublicKeyInfo
    kind                  TEXT   NOT NULL CHECK (kind IN ('charity', 'hospital')),
    name                  TEXT   NOT NULL,
    registration_number   TEXT   NOT NULL,
    legal_representative  TEXT   NOT NULL,
    bank_name             TEXT   NOT NULL,
    bank_account          TEXT   NOT NULL,
    signing_suite         TEXT   NOT NULL CHECK (signing_suite IN ('ed25519-sha256', 'sm2-sm3')),
    signing_key           TEXT   NOT NULL,      -- base64 SubjectPublicKeyInfo
    encryption_scheme     TEXT   NOT NULL CHECK (encryption_scheme IN ('hpke-x25519-sha256-aes128gcm', 'sm2-c1c3c2')),
    encryption_key        TEXT   NOT NULL,      -- base64 SubjectPublicKeyInfo
    status                TEXT   NOT NULL CHECK (status IN ('registered', 'audited', 'suspended')),
    registered_at_ms      BIGINT NOT NULL,
    UNIQUE (kind, registration_number)
);

-- Every change, never updated or deleted. documents: a JSON array of {"name", "sha256"} ('[]' when none);
-- non_profit: for a check, whether the charity's registered non-profit status was confirmed (0 otherwise).
CREATE TABLE institution_event (
    institution_id TEXT    NOT NULL REFERENCES institution (institution_id),
    seq            INTEGER NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('registered', 'checked', 'suspended', 'reinstated')),
    at_ms          BIGINT  NOT NULL,
    by_whom        TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    documents      TEXT    NOT NULL,
    non_profit     INTEGER NOT NULL CHECK (non_profit IN (0, 1)),
    PRIMARY KEY (institution_id, seq)
);

-- The inbox: messages sealed to one institution's encryption key and signed by the server, numbered per recipient
-- from 1. body: the sealed message's JSON exactly as the inbox answers it; the server cannot read what it seals.
CREATE TABLE sealed_message (
    recipient     TEXT   NOT NULL REFERENCES institution (institution_id),
    seq           BIGINT NOT NULL,
    message_id    TEXT   NOT NULL UNIQUE,
    kind          TEXT   NOT NULL,
    reference     TEXT   NOT NULL,
    body          TEXT   NOT NULL,
    created_at_ms BIGINT NOT NULL,
    PRIMARY KEY (recipient, seq)
);
CREATE INDEX sealed_message_reference ON sealed_message (reference);

-- The hospital (an institution id) a hospital-desk staff member works for; NULL for every other role.
ALTER TABLE staff_member ADD COLUMN hospital_id TEXT;
-- A desk station's enrolment code names its hospital, and enrolment copies it to the kiosk; NULL elsewhere.
ALTER TABLE enrolment_code ADD COLUMN hospital_id TEXT;
ALTER TABLE kiosk ADD COLUMN hospital_id TEXT;
