-- Residents' voice and the centre's notices (issue 12 part 7). Marked as in V4: "snapshot" rows come from the
-- server's snapshot; "local" rows are written with the journal row that records them.

-- snapshot (and local, for a notice posted or withdrawn at this counter, so it shows at once): the centre's notices,
-- shown on the home screen from from_date to until_date (ISO dates in the community's zone, both included) while
-- active; active = 0 once withdrawn. posted_at orders them, the newest first.
CREATE TABLE notice (
    id         TEXT PRIMARY KEY,
    text_zh    TEXT    NOT NULL,
    text_en    TEXT    NOT NULL,
    from_date  TEXT    NOT NULL,
    until_date TEXT    NOT NULL,
    active     INTEGER NOT NULL CHECK (active IN (0, 1)),
    posted_at  TEXT    NOT NULL
) STRICT;

-- snapshot: what residents said of each service so far (the average is stars_total / ratings)
CREATE TABLE service_rating_total (
    service_code TEXT PRIMARY KEY,
    ratings      INTEGER NOT NULL CHECK (ratings > 0),
    stars_total  INTEGER NOT NULL
) STRICT;

-- local: the question "how was it?" asked once per booking made here. stars and sequence: the resident's answer,
-- recorded as service.rated in the same transaction; both NULL when they skipped it, or when it was not asked
-- because a later booking was (one question per sign-in, about the latest service). A skip is this kiosk's note only:
-- nothing is sent, so the server's figures count answers alone.
CREATE TABLE rating_asked (
    booking_id TEXT    PRIMARY KEY,
    stars      INTEGER CHECK (stars BETWEEN 1 AND 5),
    asked_at   TEXT    NOT NULL,
    sequence   INTEGER REFERENCES journal (sequence) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((stars IS NULL) = (sequence IS NULL))
) STRICT;
