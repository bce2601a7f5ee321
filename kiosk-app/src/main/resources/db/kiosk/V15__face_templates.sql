-- Face templates of this community's residents who chose face sign-in (ADR 0019), as the server sent them: each
-- sealed to this kiosk's own key (derived from its key store), so only this kiosk, with its key store, opens one.
-- They are opened only into memory, for the camera screen's gallery.
CREATE TABLE face_template (
    resident_id TEXT    PRIMARY KEY,
    model_id    TEXT    NOT NULL,
    scheme      TEXT    NOT NULL,
    enc         TEXT    NOT NULL,
    ciphertext  TEXT    NOT NULL,
    version     INTEGER NOT NULL
) STRICT;

-- Where the template pull stands: the server's version it has up to, and the key it registered (base64
-- SubjectPublicKeyInfo); a different key, or none yet, starts again from version 0.
CREATE TABLE face_sync (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    INTEGER NOT NULL,
    public_key TEXT    NOT NULL
) STRICT;
