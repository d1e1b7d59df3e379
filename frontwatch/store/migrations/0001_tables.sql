-- frontwatch store, first schema. One row per record; *_json columns keep the exact record
-- (store.codec) so the store can hand back what it was given; reading_json keeps records.to_json
-- of the whole Reading for audit.

CREATE TABLE runs (
    run_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    command       TEXT NOT NULL,
    inputs        TEXT NOT NULL DEFAULT '',      -- the paths given
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    status        TEXT NOT NULL DEFAULT 'running',  -- running | done | interrupted | failed
    docs_new      INTEGER NOT NULL DEFAULT 0,
    docs_present  INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0,
    events        INTEGER NOT NULL DEFAULT 0,
    claims        INTEGER NOT NULL DEFAULT 0,
    incidents     INTEGER NOT NULL DEFAULT 0,
    disputes      INTEGER NOT NULL DEFAULT 0,
    extractor_version TEXT NOT NULL DEFAULT ''
);

CREATE TABLE documents (
    doc_id            TEXT PRIMARY KEY,           -- content hash of the body
    title             TEXT NOT NULL DEFAULT '',
    published         TEXT,                       -- YYYY-MM-DD
    published_source  TEXT NOT NULL DEFAULT '',
    byline            TEXT NOT NULL DEFAULT '',
    outlet            TEXT NOT NULL DEFAULT '',
    url               TEXT NOT NULL DEFAULT '',
    body              TEXT NOT NULL,
    captions_json     TEXT NOT NULL DEFAULT '[]',
    removed_json      TEXT NOT NULL DEFAULT '[]',
    extractor_version TEXT NOT NULL DEFAULT '',
    reading_json      TEXT NOT NULL,              -- records.to_json(reading): the audit copy
    record_json       TEXT NOT NULL,              -- codec form of the Reading
    run_id            INTEGER REFERENCES runs(run_id),
    ingested_at       TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_outlet ON documents(outlet);

-- Each raw input (file, JSON Lines row, CSV row) seen, by a hash of its content and metadata:
-- a re-run skips it before any parsing. Several inputs may map to one document.
CREATE TABLE inputs (
    input_key  TEXT PRIMARY KEY,
    item_id    TEXT NOT NULL DEFAULT '',
    origin     TEXT NOT NULL DEFAULT '',
    doc_id     TEXT NOT NULL REFERENCES documents(doc_id)
);
CREATE INDEX inputs_doc ON inputs(doc_id);

CREATE TABLE sources (
    source_id    TEXT PRIMARY KEY,               -- hash of name + type
    name         TEXT NOT NULL,
    source_type  TEXT NOT NULL DEFAULT '',
    stance       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE places (
    place_id      TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT '',
    admin1        TEXT NOT NULL DEFAULT '',
    admin2        TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL DEFAULT '',
    latitude      REAL,
    longitude     REAL,
    geo_precision INTEGER,
    parent_id     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX places_name ON places(name COLLATE NOCASE);

CREATE TABLE actors (
    name  TEXT PRIMARY KEY,                      -- canonical name
    kind  TEXT NOT NULL DEFAULT '',
    side  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE events (
    event_id        TEXT PRIMARY KEY,
    doc_id          TEXT NOT NULL REFERENCES documents(doc_id),
    event_date      TEXT,
    time_precision  INTEGER NOT NULL,
    event_type      TEXT NOT NULL,
    sub_event_type  TEXT NOT NULL,
    actor1          TEXT NOT NULL DEFAULT '',
    actor2          TEXT NOT NULL DEFAULT '',
    place_id        TEXT NOT NULL DEFAULT '',
    location        TEXT NOT NULL DEFAULT '',
    admin1          TEXT NOT NULL DEFAULT '',
    admin2          TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    latitude        REAL,
    longitude       REAL,
    geo_precision   INTEGER,
    fatalities      INTEGER NOT NULL DEFAULT 0,
    hedged          INTEGER NOT NULL DEFAULT 0,
    evidence        TEXT NOT NULL DEFAULT '',
    start           INTEGER NOT NULL DEFAULT 0,
    "end"           INTEGER NOT NULL DEFAULT 0,
    trigger         TEXT NOT NULL DEFAULT '',
    record_json     TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_date ON events(event_date);

CREATE TABLE event_sources (
    event_id   TEXT NOT NULL REFERENCES events(event_id),
    source_id  TEXT NOT NULL REFERENCES sources(source_id),
    words      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, source_id)
);

CREATE TABLE event_actors (
    event_id  TEXT NOT NULL REFERENCES events(event_id),
    role      TEXT NOT NULL,                     -- actor1 | actor2 | assoc
    name      TEXT NOT NULL REFERENCES actors(name),
    words     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, role, name)
);

CREATE TABLE claims (
    claim_id      TEXT PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents(doc_id),
    event_id      TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL,
    value         INTEGER,
    qualifier     TEXT NOT NULL DEFAULT '',
    words         TEXT NOT NULL DEFAULT '',
    unit          TEXT NOT NULL DEFAULT '',
    subject       TEXT NOT NULL DEFAULT '',
    holder        TEXT NOT NULL DEFAULT '',
    source_id     TEXT NOT NULL REFERENCES sources(source_id),
    source_words  TEXT NOT NULL DEFAULT '',
    place         TEXT NOT NULL DEFAULT '',
    origin        TEXT NOT NULL DEFAULT '',
    via           TEXT NOT NULL DEFAULT '',
    destination   TEXT NOT NULL DEFAULT '',
    date          TEXT,
    quote         TEXT NOT NULL DEFAULT '',
    start         INTEGER NOT NULL DEFAULT 0,
    "end"         INTEGER NOT NULL DEFAULT 0,
    hedged        INTEGER NOT NULL DEFAULT 0,
    hedge         TEXT NOT NULL DEFAULT '',
    record_json   TEXT NOT NULL
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE INDEX claims_event ON claims(event_id);

CREATE TABLE control_statements (
    doc_id     TEXT NOT NULL REFERENCES documents(doc_id),
    claim_id   TEXT NOT NULL DEFAULT '',
    place      TEXT NOT NULL,
    place_id   TEXT NOT NULL DEFAULT '',
    holder     TEXT NOT NULL,
    date       TEXT,
    since      INTEGER NOT NULL DEFAULT 0,
    source_id  TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (doc_id, claim_id, place, holder)
);

-- The picture across documents: recomputed after each ingest (situation.fusion / control).
CREATE TABLE incidents (
    incident_id      TEXT PRIMARY KEY,
    event_date       TEXT,
    time_precision   INTEGER NOT NULL,
    event_type       TEXT NOT NULL,
    sub_event_type   TEXT NOT NULL,
    actor1           TEXT NOT NULL DEFAULT '',
    actor2           TEXT NOT NULL DEFAULT '',
    place_id         TEXT NOT NULL DEFAULT '',
    location         TEXT NOT NULL DEFAULT '',
    admin1           TEXT NOT NULL DEFAULT '',
    admin2           TEXT NOT NULL DEFAULT '',
    country          TEXT NOT NULL DEFAULT '',
    latitude         REAL,
    longitude        REAL,
    geo_precision    INTEGER,
    fatalities       INTEGER NOT NULL DEFAULT 0,
    fatalities_low   INTEGER NOT NULL DEFAULT 0,
    fatalities_best  INTEGER NOT NULL DEFAULT 0,
    fatalities_high  INTEGER NOT NULL DEFAULT 0,
    hedged           INTEGER NOT NULL DEFAULT 0,
    evidence         TEXT NOT NULL DEFAULT '',
    n_documents      INTEGER NOT NULL DEFAULT 0,
    n_sources        INTEGER NOT NULL DEFAULT 0,
    record_json      TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents(event_date);
CREATE INDEX incidents_place ON incidents(place_id);

CREATE TABLE incident_events (
    incident_id  TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    event_id     TEXT NOT NULL,
    PRIMARY KEY (incident_id, event_id)
);
CREATE INDEX incident_events_event ON incident_events(event_id);

CREATE TABLE incident_claims (
    incident_id  TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    claim_id     TEXT NOT NULL,
    PRIMARY KEY (incident_id, claim_id)
);

CREATE TABLE incident_documents (
    incident_id  TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    doc_id       TEXT NOT NULL,
    PRIMARY KEY (incident_id, doc_id)
);
CREATE INDEX incident_documents_doc ON incident_documents(doc_id);

CREATE TABLE incident_sources (
    incident_id  TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    source_id    TEXT NOT NULL,
    PRIMARY KEY (incident_id, source_id)
);

CREATE TABLE disputes (
    dispute_id   TEXT PRIMARY KEY,               -- hash of the sorted claim ids
    kind         TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    incident_id  TEXT NOT NULL DEFAULT '',       -- '' when not tied to one incident
    record_json  TEXT NOT NULL
);

CREATE TABLE dispute_claims (
    dispute_id  TEXT NOT NULL REFERENCES disputes(dispute_id) ON DELETE CASCADE,
    claim_id    TEXT NOT NULL,
    value       INTEGER,
    source      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (dispute_id, claim_id)
);

CREATE TABLE control_intervals (
    interval_id  TEXT PRIMARY KEY,               -- hash of place, holder, start
    place        TEXT NOT NULL,
    place_id     TEXT NOT NULL DEFAULT '',
    holder       TEXT NOT NULL,
    start        TEXT,
    "end"        TEXT,
    contested    INTEGER NOT NULL DEFAULT 0,
    contenders   TEXT NOT NULL DEFAULT '',       -- '; '-joined
    sources      TEXT NOT NULL DEFAULT '',       -- '; '-joined
    record_json  TEXT NOT NULL
);
CREATE INDEX control_intervals_place ON control_intervals(place COLLATE NOCASE);

-- Inputs that could not be read, with the reason; keyed by input so a re-run does not pile up rows.
CREATE TABLE ingest_failures (
    input_key  TEXT PRIMARY KEY,
    item_id    TEXT NOT NULL DEFAULT '',
    origin     TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL,
    error      TEXT NOT NULL,
    run_id     INTEGER REFERENCES runs(run_id),
    seen_at    TEXT NOT NULL
);
