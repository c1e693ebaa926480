-- Documents and their full-text index: PostgreSQL twin of migrations/sqlite/0001_documents.sql
-- (same tables, columns and meaning). Text columns use the "C" collation so that ordering and
-- prefix lookups compare bytes, exactly as SQLite does; integers are BIGINT (SQLite's INTEGER).
CREATE TABLE documents (
    rowid       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- ingest order
    id          TEXT COLLATE "C" NOT NULL UNIQUE,  -- content hash of the normalised text
    url         TEXT COLLATE "C",
    title       TEXT COLLATE "C",
    outlet      TEXT COLLATE "C",
    published   TEXT COLLATE "C",                 -- RFC 3339 date or date-time
    text        TEXT COLLATE "C" NOT NULL,
    meta        TEXT COLLATE "C",                 -- JSON object of unknown input fields
    origin      TEXT COLLATE "C",                 -- where it was first read from (file[:line])
    ingested_at TEXT COLLATE "C" NOT NULL
                DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    -- Full-text index (SQLite: the documents_fts FTS5 table). 'simple': lower-cased words, no
    -- stemming, like FTS5's unicode61 tokenizer; title weighted above text, like bm25(2.0, 1.0).
    tsv         tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', coalesce(title, '')), 'A')
                    || setweight(to_tsvector('simple', text), 'B')) STORED
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_tsv ON documents USING GIN (tsv);

-- The whole extraction record of each document, as `dossier extract` prints it.
CREATE TABLE extractions (
    doc_id  TEXT COLLATE "C" PRIMARY KEY REFERENCES documents(id),
    json    TEXT COLLATE "C" NOT NULL
);

-- Actors across the store and how often each document mentions them.
CREATE TABLE actors (
    id      TEXT COLLATE "C" PRIMARY KEY,
    name    TEXT COLLATE "C" NOT NULL,
    kind    TEXT COLLATE "C" NOT NULL,
    country TEXT COLLATE "C"
);
CREATE TABLE actor_mentions (
    doc_id   TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    actor_id TEXT COLLATE "C" NOT NULL REFERENCES actors(id),
    count    BIGINT NOT NULL,
    PRIMARY KEY (doc_id, actor_id)
);
CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);

CREATE TABLE statements (
    doc_id        TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    sid           TEXT COLLATE "C" NOT NULL,
    speaker_id    TEXT COLLATE "C" NOT NULL,
    speaker_name  TEXT COLLATE "C" NOT NULL,
    cue           TEXT COLLATE "C" NOT NULL,
    mode          TEXT COLLATE "C" NOT NULL,
    stance        TEXT COLLATE "C" NOT NULL,
    sourcing      TEXT COLLATE "C" NOT NULL,
    content_start BIGINT NOT NULL,
    content_end   BIGINT NOT NULL,
    content       TEXT COLLATE "C" NOT NULL,
    via           TEXT COLLATE "C" NOT NULL,     -- JSON array of actor refs, nearest first
    PRIMARY KEY (doc_id, sid)
);
CREATE INDEX statements_speaker ON statements(speaker_id);

CREATE TABLE events (
    doc_id         TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    eid            TEXT COLLATE "C" NOT NULL,
    source_id      TEXT COLLATE "C" NOT NULL,
    source_name    TEXT COLLATE "C" NOT NULL,
    target_id      TEXT COLLATE "C",
    target_name    TEXT COLLATE "C",
    cameo          TEXT COLLATE "C" NOT NULL,
    plover         TEXT COLLATE "C" NOT NULL,
    verb           TEXT COLLATE "C" NOT NULL,
    object         TEXT COLLATE "C",
    modality       TEXT COLLATE "C" NOT NULL,
    goldstein      DOUBLE PRECISION NOT NULL,
    evidence_start BIGINT NOT NULL,
    evidence_end   BIGINT NOT NULL,
    evidence       TEXT COLLATE "C" NOT NULL,
    statement      TEXT COLLATE "C",
    PRIMARY KEY (doc_id, eid)
);
CREATE INDEX events_pair ON events(source_id, target_id);
