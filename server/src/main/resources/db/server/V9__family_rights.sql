-- Family unlink and one-way rights (docs/protocol.md §7, family.unlinked and family.permissions-set). The row of a
-- pair stays after an unlink: ended_by names the family.unlinked that ended it (NULL: active); a later family.linked
-- makes it active again with all rights. member_may_*: what member_id may do for resident_id; resident_may_*: what
-- resident_id may do for member_id. 1 until staff set them, so links recorded before this migration work as they did.
-- One column per statement (SQLite's ALTER TABLE); SQL that both SQLite and PostgreSQL accept.
ALTER TABLE family_link ADD COLUMN ended_by TEXT;
ALTER TABLE family_link ADD COLUMN member_may_book     INTEGER NOT NULL DEFAULT 1 CHECK (member_may_book IN (0, 1));
ALTER TABLE family_link ADD COLUMN member_may_redeem   INTEGER NOT NULL DEFAULT 1 CHECK (member_may_redeem IN (0, 1));
ALTER TABLE family_link ADD COLUMN member_may_receive  INTEGER NOT NULL DEFAULT 1 CHECK (member_may_receive IN (0, 1));
ALTER TABLE family_link ADD COLUMN resident_may_book   INTEGER NOT NULL DEFAULT 1 CHECK (resident_may_book IN (0, 1));
ALTER TABLE family_link ADD COLUMN resident_may_redeem INTEGER NOT NULL DEFAULT 1
    CHECK (resident_may_redeem IN (0, 1));
ALTER TABLE family_link ADD COLUMN resident_may_receive INTEGER NOT NULL DEFAULT 1
    CHECK (resident_may_receive IN (0, 1));
