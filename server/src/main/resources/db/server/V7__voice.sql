-- Residents' voice and the centre's notices (issue 12 part 7, docs/protocol.md §6 and §7). SQL that both SQLite and
-- PostgreSQL accept, as V1.

-- service.rated, accepted: at most one rating per booking. service_code is the booked slot's, so the report and the
-- totals need no join through slot.
CREATE TABLE service_rating (
    booking_id     TEXT    PRIMARY KEY,
    resident_id    TEXT    NOT NULL,
    service_code   TEXT    NOT NULL,
    stars          INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
    transaction_id TEXT    NOT NULL,
    created_at_ms  BIGINT  NOT NULL
);
CREATE INDEX service_rating_created ON service_rating (created_at_ms, service_code);

-- snapshot serviceRatings: each service's count and sum of stars, kept in the same transaction as each rating; its
-- version is the snapshot version of the latest rating.
CREATE TABLE service_rating_total (
    service_code TEXT    PRIMARY KEY,
    ratings      INTEGER NOT NULL CHECK (ratings > 0),
    stars_total  BIGINT  NOT NULL,
    version      BIGINT  NOT NULL
);

-- snapshot notices: notice.posted, accepted; active = 0 once withdrawn (notice.withdrawn). Dates are ISO YYYY-MM-DD
-- in the community's time zone, both included.
CREATE TABLE notice (
    notice_id      TEXT    PRIMARY KEY,
    text_zh        TEXT    NOT NULL,
    text_en        TEXT    NOT NULL,
    from_date      TEXT    NOT NULL,
    until_date     TEXT    NOT NULL,
    active         INTEGER NOT NULL CHECK (active IN (0, 1)),
    posted_at_ms   BIGINT  NOT NULL,
    transaction_id TEXT    NOT NULL,
    version        BIGINT  NOT NULL
);
