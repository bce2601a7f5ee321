-- The transparency log (docs/protocol.md §16, ADR 0024): every accepted transaction is one leaf of its community's
-- RFC 9162 Merkle tree, numbered from 0 in the order the database committed them (ADR 0023 gives one order across
-- nodes). Written in the database transaction that stores the transaction, never updated or deleted. leaf_hash is
-- hex of SHA-256(0x00 || the envelope bytes exactly as stored in transaction_record). Same rules as V1: SQL that both
-- SQLite and PostgreSQL accept.
CREATE TABLE log_leaf (
    community      TEXT   NOT NULL,
    leaf_index     BIGINT NOT NULL CHECK (leaf_index >= 0),
    transaction_id TEXT   NOT NULL UNIQUE REFERENCES transaction_record (transaction_id),
    leaf_hash      TEXT   NOT NULL,
    PRIMARY KEY (community, leaf_index)
);
