-- Staff corrections of a resident's minutes (snapshot member corrections, issue 12): what each transaction.reversed
-- did to one resident's balance, so the time-bank history shows the correction next to what it corrects. minutes:
-- signed, + given back, - taken back. Version 0 makes the next pull a full one, which brings the corrections made
-- before this table existed and changes nothing else. (V9 and V10 are the family and closing migrations.)
CREATE TABLE correction (
    transaction_id TEXT    NOT NULL,
    resident_id    TEXT    NOT NULL,
    minutes        INTEGER NOT NULL,
    corrected_type TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    corrected_at   TEXT    NOT NULL,
    PRIMARY KEY (transaction_id, resident_id)
) STRICT;

CREATE INDEX correction_by_resident ON correction (resident_id, corrected_at);

UPDATE snapshot_state SET version = 0;
