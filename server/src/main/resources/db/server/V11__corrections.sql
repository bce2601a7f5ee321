-- Staff corrections for the kiosks' snapshot (docs/protocol.md §9, "corrections"): one row per accepted
-- transaction.reversed and resident whose balance it moved, copied from counter_exchange (V6) in the same database
-- transaction as the reversal by org.huzhu.server.counter.CounterIndex. minutes: signed, as in counter_exchange;
-- corrected_type: the reversed transaction's type. Rows are never updated or deleted. Same rules as V1: SQL that both
-- SQLite and PostgreSQL accept. (V9 and V10 are the family and closing migrations.)
CREATE TABLE correction (
    transaction_id TEXT   NOT NULL,
    resident_id    TEXT   NOT NULL,
    minutes        BIGINT NOT NULL,
    corrected_type TEXT   NOT NULL,
    reason         TEXT   NOT NULL,
    created_at_ms  BIGINT NOT NULL,
    version        BIGINT NOT NULL,
    PRIMARY KEY (transaction_id, resident_id)
);
CREATE INDEX correction_version ON correction (version);

-- Reversals accepted before this table existed: one new snapshot version for all of them, so that every kiosk,
-- whatever version it has, is sent them at its next snapshot. (A database whose counter tables are still to be
-- filled, counter_state.indexed = 0, gets them when CounterBackfill replays its transactions.)
UPDATE change_counter SET version = version + 1
WHERE id = 1 AND EXISTS (SELECT 1 FROM counter_exchange WHERE type = 'transaction.reversed');
INSERT INTO correction (transaction_id, resident_id, minutes, corrected_type, reason, created_at_ms, version)
SELECT e.transaction_id, e.resident_id, e.minutes, COALESCE(o.type, ''), e.reason, e.created_at_ms,
       (SELECT version FROM change_counter WHERE id = 1)
FROM counter_exchange e LEFT JOIN transaction_record o ON o.transaction_id = e.reverses
WHERE e.type = 'transaction.reversed';
