-- Supporting documents of aid applications, sealed by the counter to the charity's key (docs/protocol.md §12.5):
-- the server keeps them and hands them to the charity, and cannot read them. A document may arrive before its
-- application's transaction; the charity gets it only once the application names it.
CREATE TABLE aid_document (
    application_id TEXT   NOT NULL,
    sha256         TEXT   NOT NULL,
    charity_id     TEXT   NOT NULL,
    body           TEXT   NOT NULL,       -- the SealedDocument JSON as the counter sent it
    kiosk_id       TEXT   NOT NULL,       -- the counter that sent it
    received_at_ms BIGINT NOT NULL,
    PRIMARY KEY (application_id, sha256)
);
