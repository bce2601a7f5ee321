-- Face templates (ADR 0019, docs/protocol.md §14). One row per resident who ever enrolled a face: the template sealed
-- at rest (AES-256-GCM under a key derived from the server's key store, resident id and model id as associated
-- data, base64), or, once removed, no template at all (the row stays as a tombstone, so kiosks learn to delete theirs).
-- Same rules as V1: SQL that both SQLite and PostgreSQL accept.
CREATE TABLE face_template (
    resident_id    TEXT PRIMARY KEY,
    model_id       TEXT,
    template_box   TEXT,
    transaction_id TEXT NOT NULL,     -- the face.enrolled or face.removed (or resident.closed) that set the row
    changed_at     TEXT NOT NULL,
    version        BIGINT NOT NULL
);
CREATE INDEX face_template_version ON face_template (version);

-- A kiosk's template sealing key (PUT /v1/face/kiosk-key); NULL until it registers one: it then gets no templates.
ALTER TABLE kiosk ADD COLUMN face_key_scheme TEXT;
ALTER TABLE kiosk ADD COLUMN face_key TEXT;
