-- Integer document keys (issue 19). The tables that hang off a document are keyed by
-- `documents.rowid` (`doc`: ingest order) instead of the content hash, so a new document's
-- rows land at the right-hand end of every B-tree instead of on a random page of each: the
-- per-document cost no longer grows with the store. The hash stays `documents.id` (unique:
-- dedup and the public id); the ledger keeps it as `doc_id` too, because the timeline orders a
-- day's documents by it (arrival order must not show). Also: the ledger's timeline index loses
-- its covering columns (evidence, via, names: most of the index's bytes); a page of rows is
-- fetched from the table. `ledger_claim_published` is folded into it (`counts` leads after the
-- claim), and `ledger_speaker`, read by no query, is dropped.

CREATE TABLE extractions_0007 (
    doc   INTEGER PRIMARY KEY,                 -- documents.rowid
    json  TEXT NOT NULL
);
INSERT INTO extractions_0007 (doc, json)
    SELECT d.rowid, x.json FROM extractions x JOIN documents d ON d.id = x.doc_id ORDER BY d.rowid;
DROP TABLE extractions;
ALTER TABLE extractions_0007 RENAME TO extractions;

CREATE TABLE actor_mentions_0007 (
    doc      INTEGER NOT NULL,                 -- documents.rowid
    actor_id TEXT NOT NULL REFERENCES actors(id),
    count    INTEGER NOT NULL,
    PRIMARY KEY (doc, actor_id)
);
INSERT INTO actor_mentions_0007 (doc, actor_id, count)
    SELECT d.rowid, m.actor_id, m.count FROM actor_mentions m JOIN documents d ON d.id = m.doc_id
    ORDER BY d.rowid, m.actor_id;
DROP TABLE actor_mentions;
ALTER TABLE actor_mentions_0007 RENAME TO actor_mentions;
CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);

CREATE TABLE statements_0007 (
    doc           INTEGER NOT NULL,            -- documents.rowid
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
    via           TEXT NOT NULL,
    PRIMARY KEY (doc, sid)
);
INSERT INTO statements_0007
    SELECT d.rowid, s.sid, s.speaker_id, s.speaker_name, s.cue, s.mode, s.stance, s.sourcing,
           s.content_start, s.content_end, s.content, s.via
    FROM statements s JOIN documents d ON d.id = s.doc_id ORDER BY d.rowid, s.sid;
DROP TABLE statements;
ALTER TABLE statements_0007 RENAME TO statements;
CREATE INDEX statements_speaker ON statements(speaker_id);

CREATE TABLE events_0007 (
    doc            INTEGER NOT NULL,           -- documents.rowid
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
    PRIMARY KEY (doc, eid)
);
INSERT INTO events_0007
    SELECT d.rowid, e.eid, e.source_id, e.source_name, e.target_id, e.target_name, e.cameo,
           e.plover, e.verb, e.object, e.modality, e.goldstein, e.evidence_start, e.evidence_end,
           e.evidence, e.statement
    FROM events e JOIN documents d ON d.id = e.doc_id ORDER BY d.rowid, e.eid;
DROP TABLE events;
ALTER TABLE events_0007 RENAME TO events;
CREATE INDEX events_pair ON events(source_id, target_id);

CREATE TABLE ledger_0007 (
    claim_key       TEXT NOT NULL REFERENCES claims(key),
    doc             INTEGER NOT NULL,          -- documents.rowid
    doc_id          TEXT NOT NULL,             -- documents.id (the public id; timeline order)
    seq             INTEGER NOT NULL,
    published       TEXT,
    outlet          TEXT,
    speaker_id      TEXT NOT NULL,
    speaker_name    TEXT NOT NULL,
    speaker_country TEXT,
    via             TEXT NOT NULL,
    stance          TEXT NOT NULL,
    counts          INTEGER NOT NULL,
    sourcing        TEXT NOT NULL,
    source          TEXT NOT NULL,
    statement       TEXT,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    evidence        TEXT NOT NULL,
    text_date       TEXT,
    PRIMARY KEY (claim_key, doc, seq)
);
INSERT INTO ledger_0007
    SELECT l.claim_key, d.rowid, l.doc_id, l.seq, l.published, l.outlet, l.speaker_id,
           l.speaker_name, l.speaker_country, l.via, l.stance, l.counts, l.sourcing, l.source,
           l.statement, l.evidence_start, l.evidence_end, l.evidence, l.text_date
    FROM ledger l JOIN documents d ON d.id = l.doc_id ORDER BY d.rowid, l.seq;
DROP TABLE ledger;
ALTER TABLE ledger_0007 RENAME TO ledger;
CREATE INDEX ledger_doc ON ledger(doc);
-- A claim's rows that bear on status (or its notes), in timeline order; the leading columns
-- repeat the WHERE and ORDER BY of `load_entries` / `load_notes` / `load_entries_from`.
CREATE INDEX ledger_timeline ON ledger(claim_key, counts, published IS NULL, published, doc_id, seq);

-- The board's sort key exactly (`documents DESC, last_seen IS NULL, last_seen DESC, key`): its
-- first page is an index walk of 50 entries, not a sort of every claim.
DROP INDEX claims_board;
CREATE INDEX claims_board ON claims(documents DESC, last_seen IS NULL, last_seen DESC, key);
