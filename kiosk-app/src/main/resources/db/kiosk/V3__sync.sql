-- The server this kiosk is enrolled with, and the receipts it signed (issue 4).

CREATE TABLE server_binding (
    id              INTEGER PRIMARY KEY CHECK (id = 1),  -- one server per kiosk
    url             TEXT NOT NULL,
    key_id          TEXT NOT NULL,
    suite           TEXT NOT NULL,
    public_key      TEXT NOT NULL,                       -- base64 SubjectPublicKeyInfo of the receipt key
    enrolled_at     TEXT NOT NULL,
    last_success_at TEXT                                 -- last time a batch was answered
) STRICT;

-- Each receipt proves what the server accepted: sequences first..last, ending in the envelope whose hash it names.
CREATE TABLE receipt (
    last_sequence  INTEGER PRIMARY KEY,
    first_sequence INTEGER NOT NULL,
    received_at    TEXT    NOT NULL,
    signed         BLOB    NOT NULL                      -- canonical JSON of the signed receipt
) STRICT;
