-- When staff confirmed a volunteer's minutes (snapshot member confirmedTasks[].confirmedAt), so the time-bank history
-- can show the credit with its date. Rows learnt before this column existed get it from the next snapshot: version 0
-- makes the next pull a full one, which replaces every row by key and changes nothing else.
ALTER TABLE confirmed_task ADD COLUMN confirmed_at TEXT;

UPDATE snapshot_state SET version = 0;
