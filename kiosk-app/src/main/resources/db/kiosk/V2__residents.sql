-- Residents and the cards bound to them (issue 5). Personal data: only what the kiosk needs, ID numbers never.

CREATE TABLE resident (
    id           TEXT PRIMARY KEY,               -- UUID
    display_name TEXT NOT NULL,
    language     TEXT NOT NULL DEFAULT 'zh-CN',  -- the language a session starts in for this resident
    created_at   TEXT NOT NULL
) STRICT;

-- card_key: HMAC-SHA-256 (deployment secret) of the ID number for social-security cards, of the UID for contactless
-- cards; finding a resident needs the secret, and the table alone reveals no number.
CREATE TABLE card_binding (
    card_key    TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('social-security', 'contactless')),
    resident_id TEXT NOT NULL REFERENCES resident (id),
    bound_at    TEXT NOT NULL
) STRICT;

CREATE INDEX card_binding_by_resident ON card_binding (resident_id);
