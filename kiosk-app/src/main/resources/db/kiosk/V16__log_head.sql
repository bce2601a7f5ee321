-- The last tree head of the server's transparency log this kiosk checked (docs/protocol.md §16, ADR 0024), exactly
-- as the server signed it: each new head must come with a proof that it still holds this one.
CREATE TABLE log_head (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    head       TEXT    NOT NULL,
    checked_at TEXT    NOT NULL
) STRICT;
