-- The latest heartbeat of each kiosk (docs/protocol.md §15, ADR 0022), for `huzhu-server kiosks`: replaced by each
-- new one, so the table holds one row per kiosk that ever sent one. What the kiosk says about itself; received_at is
-- the server's own clock. Same rules as V1: SQL that both SQLite and PostgreSQL accept.
CREATE TABLE kiosk_heartbeat (
    kiosk_id     TEXT PRIMARY KEY REFERENCES kiosk (kiosk_id),
    received_at  TEXT NOT NULL,
    kiosk_time   TEXT NOT NULL,
    app_version  TEXT NOT NULL,
    unsynced     BIGINT NOT NULL,
    overall      TEXT NOT NULL,
    checks       TEXT NOT NULL      -- "card-readers=ok,journal=failing", in the kiosk's order
);
