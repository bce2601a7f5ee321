-- Counter work (issue 12, docs/protocol.md §7): staff ratings of volunteers' confirmed work, no-shows, and what the
-- centre keeps about a resident beyond the card binding. SQL that both SQLite and PostgreSQL accept.

-- volunteer.rated, accepted: at most one rating per task and volunteer.
CREATE TABLE volunteer_rating (
    task_id        TEXT    NOT NULL,
    volunteer_id   TEXT    NOT NULL,
    stars          INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
    note           TEXT    NOT NULL,
    transaction_id TEXT    NOT NULL,
    created_at_ms  BIGINT  NOT NULL,
    PRIMARY KEY (task_id, volunteer_id)
);

-- volunteer.no-show, accepted: the session leaves the list of work waiting for confirmation.
CREATE TABLE volunteer_no_show (
    task_id        TEXT    NOT NULL,
    volunteer_id   TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    transaction_id TEXT    NOT NULL,
    created_at_ms  BIGINT  NOT NULL,
    PRIMARY KEY (task_id, volunteer_id)
);

-- resident.profile-set, the latest accepted one per resident (each replaces the last whole; the transactions keep
-- the history). Personal data: the server's database must sit on an encrypted volume (ADR 0014). phone_digits is
-- the phone with everything but digits removed, for the counter's search.
CREATE TABLE resident_profile (
    resident_id     TEXT   PRIMARY KEY,
    language        TEXT   NOT NULL,
    phone           TEXT   NOT NULL,
    phone_digits    TEXT   NOT NULL,
    emergency_name  TEXT   NOT NULL,
    emergency_phone TEXT   NOT NULL,
    consent         TEXT   NOT NULL,
    transaction_id  TEXT   NOT NULL,
    set_at_ms       BIGINT NOT NULL
);
CREATE INDEX resident_profile_phone ON resident_profile (phone_digits);
