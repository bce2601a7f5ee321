-- Community data for kiosks (docs/protocol.md, "Snapshots"): who provides a service and where, family links, volunteer
-- tasks and staff confirmations. Same rules as V1: SQL that both SQLite and PostgreSQL accept. Every row carries the
-- snapshot version (change_counter.version) of its last change, so "changes since V" is "version > V".

-- One column per statement: SQLite's ALTER TABLE adds only one at a time.
ALTER TABLE service ADD COLUMN provider_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE service ADD COLUMN provider_en TEXT NOT NULL DEFAULT '';
ALTER TABLE service ADD COLUMN place_zh    TEXT NOT NULL DEFAULT '';
ALTER TABLE service ADD COLUMN place_en    TEXT NOT NULL DEFAULT '';

-- Two residents a social worker linked as family (family.linked). One row per link, as first recorded; it holds both
-- ways, so the rules look for either order and never add the reverse row.
CREATE TABLE family_link (
    resident_id    TEXT   NOT NULL,
    member_id      TEXT   NOT NULL,
    transaction_id TEXT   NOT NULL,
    version        BIGINT NOT NULL,
    PRIMARY KEY (resident_id, member_id),
    CHECK (resident_id <> member_id)
);
CREATE INDEX family_link_member ON family_link (member_id);

-- Tasks volunteers check in to at a kiosk. Never deleted: a task that is withdrawn becomes active = 0.
CREATE TABLE volunteer_task (
    task_id   TEXT    PRIMARY KEY,
    title_zh  TEXT    NOT NULL,
    title_en  TEXT    NOT NULL,
    place_zh  TEXT    NOT NULL,
    place_en  TEXT    NOT NULL,
    starts_at TEXT    NOT NULL,           -- ISO-8601 UTC
    minutes   INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    active    INTEGER NOT NULL CHECK (active IN (0, 1)),
    version   BIGINT  NOT NULL
);

-- Staff confirmations (service.confirmed): the minutes credited to a volunteer for a task. The ledger's credit
-- posting holds the money; this row is what kiosks learn. Keyed per volunteer, as kiosks store it; the rules still
-- allow one confirmation per task.
CREATE TABLE confirmed_task (
    task_id        TEXT    NOT NULL,
    volunteer_id   TEXT    NOT NULL,
    minutes        INTEGER NOT NULL,
    transaction_id TEXT    NOT NULL,
    version        BIGINT  NOT NULL,
    PRIMARY KEY (task_id, volunteer_id)
);

-- Confirmations made before this table existed are the ledger's credit postings (leg 2 is the volunteer's). They
-- share one new version, so every kiosk learns them with its next snapshot.
UPDATE change_counter SET version = version + 1
WHERE id = 1 AND EXISTS (SELECT 1 FROM ledger_entry WHERE kind = 'credit');
INSERT INTO confirmed_task (task_id, volunteer_id, minutes, transaction_id, version)
SELECT e.reference, SUBSTR(e.account_id, LENGTH('resident:') + 1), e.minutes, e.transaction_id,
       (SELECT c.version FROM change_counter c WHERE c.id = 1)
FROM ledger_entry e
WHERE e.kind = 'credit' AND e.leg = 2;
