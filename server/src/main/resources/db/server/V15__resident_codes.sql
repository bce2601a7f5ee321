-- Resident codes (docs/protocol.md §13, ADR 0018): one row per code the counter issued. actor_hash is the code's
-- pseudonym (HMAC keyed with the code's signature), the cardHash of transactions signed in by the code; the code's
-- text and signature are never stored, so this table cannot re-create or forge a code. revoked_at_ms: when staff
-- revoked it (NULL while it is not), which takes a new snapshot version so kiosks learn it (revokedResidentCodes).
-- Same rules as V1: SQL that both SQLite and PostgreSQL accept. (V16 is reserved for another change.)
CREATE TABLE resident_code (
    code_id       TEXT   NOT NULL PRIMARY KEY,
    resident_id   TEXT   NOT NULL,
    actor_hash    TEXT   NOT NULL UNIQUE,
    purpose       TEXT   NOT NULL,
    issued_at_ms  BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    issued_by     TEXT   NOT NULL,
    issued_kiosk  TEXT   NOT NULL,
    revoked_at_ms BIGINT,
    revoked_by    TEXT,
    revoke_reason TEXT,
    version       BIGINT NOT NULL
);
CREATE INDEX resident_code_resident ON resident_code (resident_id);
CREATE INDEX resident_code_version ON resident_code (version);
