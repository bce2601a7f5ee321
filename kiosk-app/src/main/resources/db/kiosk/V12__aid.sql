-- Charities' aid orders for residents (snapshot member aidOrders, issue 13 part 6, ADR 0015): what the resident is
-- told on their "My aid" screen, and nothing more (ADR 0014): who gives, for which hospital, up to how much, until
-- when, and what was paid when. Money in integer fen. Both tables are snapshot rows: an order arrives whole, with all
-- its payments, whenever it changes, and replaces what was here. Version 0 makes the next pull a full one, which
-- brings the orders issued before this table existed and changes nothing else.

-- snapshot; status: open, revoked or expired (once not open, what was not paid went back to the charity)
CREATE TABLE aid_order (
    order_id      TEXT    PRIMARY KEY,
    resident_id   TEXT    NOT NULL,
    charity_name  TEXT    NOT NULL,
    hospital_name TEXT    NOT NULL,
    approved_fen  INTEGER NOT NULL CHECK (approved_fen > 0),
    paid_fen      INTEGER NOT NULL CHECK (paid_fen >= 0),
    status        TEXT    NOT NULL,
    valid_until   TEXT    NOT NULL
) STRICT;

CREATE INDEX aid_order_by_resident ON aid_order (resident_id);

-- snapshot; one row per matched payment of an order, numbered from 0 oldest first as the snapshot lists them
CREATE TABLE aid_payment (
    order_id   TEXT    NOT NULL REFERENCES aid_order (order_id),
    seq        INTEGER NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    paid_at    TEXT    NOT NULL,
    PRIMARY KEY (order_id, seq)
) STRICT;

UPDATE snapshot_state SET version = 0;
