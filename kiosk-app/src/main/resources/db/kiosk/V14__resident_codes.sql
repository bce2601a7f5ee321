-- Resident codes (issue 14 part 6, docs/protocol.md §13). revoked_resident_code: the snapshot's revokedResidentCodes,
-- which a kiosk refuses even offline; a row may go once expires_at has passed (the code's own expiry refuses it then).
-- resident_code_sign_in: the code pseudonyms (actor hashes) this kiosk signed a resident in with, so its authority
-- check (KioskAuthority) knows whom a code actor acts for, as card_binding tells it for a card. Never a code's text.
-- snapshot_state.second_factor_minutes: the snapshot's limits.secondFactorMinutes (docs/protocol.md §8.1).
CREATE TABLE revoked_resident_code (
    code_id     TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL,
    revoked_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE TABLE resident_code_sign_in (
    actor_hash  TEXT PRIMARY KEY,
    code_id     TEXT NOT NULL,
    resident_id TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
ALTER TABLE snapshot_state ADD COLUMN second_factor_minutes INTEGER NOT NULL DEFAULT 60;
