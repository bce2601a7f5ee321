-- The staff registry (docs/protocol.md §7.1, ADR 0011): who may authorise staff actions, with the public key of their
-- staff card. SQL that both SQLite and PostgreSQL accept.

-- One row per staff member; the key never changes (a new card is a new staff entry). status is the standing now;
-- the history that judges a transaction at its createdAt is staff_event.
CREATE TABLE staff_member (
    staff_id        TEXT   PRIMARY KEY,   -- ST- + 16 hex of key_fingerprint
    name            TEXT   NOT NULL,
    roles           TEXT   NOT NULL,      -- comma-separated role names, e.g. 'social-worker,coordinator'
    community       TEXT   NOT NULL,
    key_fingerprint TEXT   NOT NULL UNIQUE, -- 64 hex: SHA-256 of the card key's SubjectPublicKeyInfo
    public_key      TEXT   NOT NULL,      -- base64 SubjectPublicKeyInfo (ECDSA P-256)
    certificate     TEXT   NOT NULL,      -- base64 DER X.509 as registered, '' when only the key was given
    status          TEXT   NOT NULL CHECK (status IN ('active', 'suspended', 'revoked')),
    added_at_ms     BIGINT NOT NULL
);

-- Every change of the registry, never updated or deleted: the audit trail, and the timeline a transaction's staff
-- authorisation is judged against. seq orders the events of one staff member.
CREATE TABLE staff_event (
    staff_id TEXT    NOT NULL REFERENCES staff_member (staff_id),
    seq      INTEGER NOT NULL,
    kind     TEXT    NOT NULL CHECK (kind IN ('added', 'suspended', 'reinstated', 'revoked')),
    at_ms    BIGINT  NOT NULL,
    by_whom  TEXT    NOT NULL,
    reason   TEXT    NOT NULL,
    PRIMARY KEY (staff_id, seq)
);

-- Minutes volunteers checked out with (volunteer.checked-out, accepted), per task: what a staff confirmation of more
-- minutes must give a reason for.
CREATE TABLE volunteer_attendance (
    task_id        TEXT    NOT NULL,
    volunteer_id   TEXT    NOT NULL,
    minutes        BIGINT  NOT NULL,
    PRIMARY KEY (task_id, volunteer_id)
);
