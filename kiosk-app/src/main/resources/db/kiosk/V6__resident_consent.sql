-- local (counter, issue 12): the consent a resident gave at enrolment to what is kept about them, as the screen worded
-- it then (consent names the text's version), written in the same SQLite transaction as the signed resident.enrolled
-- it belongs to. The protocol has no member for it yet, so it stays on the counter that enrolled them.
CREATE TABLE resident_consent (
    resident_id TEXT    NOT NULL PRIMARY KEY,
    consent     TEXT    NOT NULL,  -- e.g. 'enrolment-1': name, card pseudonym, balance and history
    given_at    TEXT    NOT NULL,
    staff_key   TEXT    NOT NULL,  -- the staff card that recorded it (its key fingerprint)
    sequence    INTEGER NOT NULL REFERENCES journal (sequence) DEFERRABLE INITIALLY DEFERRED
) STRICT;
