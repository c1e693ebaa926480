-- Documents and their full-text index.
CREATE TABLE documents (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,        -- content hash of the normalised text
    url         TEXT,
    title       TEXT,
    outlet      TEXT,
    published   TEXT,                        -- RFC 3339 date or date-time
    text        TEXT NOT NULL,
    meta        TEXT,                        -- JSON object of unknown input fields
    origin      TEXT,                        -- where it was first read from (file[:line])
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_published ON documents(published);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

-- The whole extraction record of each document, as `dossier extract` prints it.
CREATE TABLE extractions (
    doc_id  TEXT PRIMARY KEY REFERENCES documents(id),
    json    TEXT NOT NULL
);

-- Actors across the store and how often each document mentions them.
CREATE TABLE actors (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    country TEXT
);
CREATE TABLE actor_mentions (
    doc_id   TEXT NOT NULL REFERENCES documents(id),
    actor_id TEXT NOT NULL REFERENCES actors(id),
    count    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, actor_id)
);
CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);

CREATE TABLE statements (
    doc_id        TEXT NOT NULL REFERENCES documents(id),
    sid           TEXT NOT NULL,
    speaker_id    TEXT NOT NULL,
    speaker_name  TEXT NOT NULL,
    cue           TEXT NOT NULL,
    mode          TEXT NOT NULL,
    stance        TEXT NOT NULL,
    sourcing      TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    content       TEXT NOT NULL,
    via           TEXT NOT NULL,             -- JSON array of actor refs, nearest first
    PRIMARY KEY (doc_id, sid)
);
CREATE INDEX statements_speaker ON statements(speaker_id);

CREATE TABLE events (
    doc_id         TEXT NOT NULL REFERENCES documents(id),
    eid            TEXT NOT NULL,
    source_id      TEXT NOT NULL,
    source_name    TEXT NOT NULL,
    target_id      TEXT,
    target_name    TEXT,
    cameo          TEXT NOT NULL,
    plover         TEXT NOT NULL,
    verb           TEXT NOT NULL,
    object         TEXT,
    modality       TEXT NOT NULL,
    goldstein      REAL NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence       TEXT NOT NULL,
    statement      TEXT,
    PRIMARY KEY (doc_id, eid)
);
CREATE INDEX events_pair ON events(source_id, target_id);
