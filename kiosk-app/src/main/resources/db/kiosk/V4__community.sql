-- What the kiosk knows of its community (issues 4 and 6): the server's last snapshot, and what residents did here
-- since. Rows marked "snapshot" are replaced by the sync client only; rows marked "local" are written by the domain in
-- the same SQLite transaction as the journal row that records them (BusinessChange), never otherwise. A change runs
-- before its journal row is inserted, so references to the journal are checked at commit (DEFERRABLE).

-- snapshot: the server's snapshot this kiosk works from. covers_sequence: every journal sequence up to it had been
-- answered by the server before this snapshot was taken, so its balances and slot counts already include them; local
-- effects with a higher sequence are added on top.
CREATE TABLE snapshot_state (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    version                 INTEGER NOT NULL,
    generated_at            TEXT    NOT NULL,  -- server time; the offline policy counts from it
    covers_sequence         INTEGER NOT NULL,
    overdraft_minutes       INTEGER NOT NULL,
    soft_limit_minutes      INTEGER NOT NULL,
    offline_limit_minutes   INTEGER NOT NULL,
    max_offline_age_minutes INTEGER NOT NULL,
    applied_at              TEXT    NOT NULL   -- kiosk time
) STRICT;

-- snapshot
CREATE TABLE service (
    code         TEXT PRIMARY KEY,
    name_zh      TEXT    NOT NULL,
    name_en      TEXT    NOT NULL,
    provider_zh  TEXT    NOT NULL,
    provider_en  TEXT    NOT NULL,
    place_zh     TEXT    NOT NULL,
    place_en     TEXT    NOT NULL,
    cost_minutes INTEGER NOT NULL CHECK (cost_minutes >= 0),
    cost_fen     INTEGER NOT NULL CHECK (cost_fen >= 0),
    active       INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT;

-- snapshot; booked: places the server had accepted when the snapshot was taken
CREATE TABLE slot (
    id           TEXT PRIMARY KEY,
    service_code TEXT    NOT NULL REFERENCES service (code),
    starts_at    TEXT    NOT NULL,
    capacity     INTEGER NOT NULL CHECK (capacity >= 0),
    booked       INTEGER NOT NULL CHECK (booked >= 0)
) STRICT;

CREATE INDEX slot_by_service ON slot (service_code, starts_at);

-- snapshot: authoritative balance in minutes at the snapshot
CREATE TABLE balance (
    resident_id TEXT PRIMARY KEY,
    minutes     INTEGER NOT NULL
) STRICT;

-- snapshot (and local, for links a staff member makes at this kiosk): one row per direction
CREATE TABLE family_link (
    resident_id TEXT NOT NULL,
    member_id   TEXT NOT NULL,
    PRIMARY KEY (resident_id, member_id),
    CHECK (resident_id <> member_id)
) STRICT;

-- snapshot
CREATE TABLE volunteer_task (
    id        TEXT PRIMARY KEY,
    title_zh  TEXT    NOT NULL,
    title_en  TEXT    NOT NULL,
    place_zh  TEXT    NOT NULL,
    place_en  TEXT    NOT NULL,
    starts_at TEXT    NOT NULL,
    minutes   INTEGER NOT NULL CHECK (minutes > 0),
    active    INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT;

-- snapshot: staff confirmed these minutes; they are in the balance
CREATE TABLE confirmed_task (
    task_id      TEXT    NOT NULL,
    volunteer_id TEXT    NOT NULL,
    minutes      INTEGER NOT NULL,
    PRIMARY KEY (task_id, volunteer_id)
) STRICT;

-- local: bookings made at this kiosk. resident_id: who receives the service; booked_by: who tapped the card (the same
-- resident, or a family member booking for them). number: the short booking number printed on the receipt.
CREATE TABLE booking (
    id                 TEXT PRIMARY KEY,
    number             TEXT    NOT NULL UNIQUE,
    resident_id        TEXT    NOT NULL,
    booked_by          TEXT    NOT NULL,
    slot_id            TEXT    NOT NULL,
    service_code       TEXT    NOT NULL,
    starts_at          TEXT    NOT NULL,
    cost_minutes       INTEGER NOT NULL CHECK (cost_minutes >= 0),
    cost_fen           INTEGER NOT NULL CHECK (cost_fen >= 0),
    created_sequence   INTEGER NOT NULL REFERENCES journal (sequence) DEFERRABLE INITIALLY DEFERRED,
    cancelled_sequence INTEGER REFERENCES journal (sequence) DEFERRABLE INITIALLY DEFERRED
) STRICT;

CREATE INDEX booking_by_resident ON booking (resident_id, starts_at);
CREATE INDEX booking_by_slot ON booking (slot_id);

-- local: every change of a balance made here, one row per resident per transaction (a transfer has two)
CREATE TABLE time_entry (
    sequence     INTEGER NOT NULL REFERENCES journal (sequence) DEFERRABLE INITIALLY DEFERRED,
    resident_id  TEXT    NOT NULL,
    minutes      INTEGER NOT NULL,  -- signed: spent < 0, received > 0
    kind         TEXT    NOT NULL CHECK (kind IN ('redeemed', 'refunded', 'transferred-out', 'transferred-in')),
    counterpart  TEXT,              -- the other resident of a transfer
    booking_id   TEXT,              -- the booking a redeem or refund belongs to
    created_at   TEXT    NOT NULL,
    PRIMARY KEY (sequence, resident_id)
) STRICT;

CREATE INDEX time_entry_by_resident ON time_entry (resident_id, sequence);

-- local: a volunteer's attendance at a task; minutes become credit only when staff confirm (confirmed_task)
CREATE TABLE volunteer_session (
    task_id          TEXT    NOT NULL,
    volunteer_id     TEXT    NOT NULL,
    checked_in_at    TEXT    NOT NULL,
    in_sequence      INTEGER NOT NULL REFERENCES journal (sequence) DEFERRABLE INITIALLY DEFERRED,
    checked_out_at   TEXT,
    out_sequence     INTEGER REFERENCES journal (sequence) DEFERRABLE INITIALLY DEFERRED,
    minutes          INTEGER,
    PRIMARY KEY (task_id, volunteer_id)
) STRICT;
