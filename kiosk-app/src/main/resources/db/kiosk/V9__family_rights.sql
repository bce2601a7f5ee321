-- Family unlink and one-way rights (issue 12, docs/protocol.md §7): family_link keeps one row per direction; the row
-- (resident_id, member_id) now also says whether the link is active and what member_id may do for resident_id (book
-- for them, spend their minutes, receive minutes from them). An unlinked pair keeps its rows with active = 0, as the
-- snapshot sends them. Rows made before this migration stay active with every right, as they worked.
ALTER TABLE family_link ADD COLUMN active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE family_link ADD COLUMN may_book    INTEGER NOT NULL DEFAULT 1 CHECK (may_book IN (0, 1));
ALTER TABLE family_link ADD COLUMN may_redeem  INTEGER NOT NULL DEFAULT 1 CHECK (may_redeem IN (0, 1));
ALTER TABLE family_link ADD COLUMN may_receive INTEGER NOT NULL DEFAULT 1 CHECK (may_receive IN (0, 1));
