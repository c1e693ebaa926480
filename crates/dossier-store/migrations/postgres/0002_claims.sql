-- Claims across documents: PostgreSQL twin of migrations/sqlite/0002_claims.sql. One row per
-- proposition (deterministic key), its ledger, and the timeline of its status. Status and
-- explanation are recomputed from the ledger, never typed in.
CREATE TABLE claims (
    key          TEXT COLLATE "C" PRIMARY KEY,
    subject_id   TEXT COLLATE "C" NOT NULL,
    subject_name TEXT COLLATE "C" NOT NULL,
    predicate    TEXT COLLATE "C" NOT NULL,
    target_id    TEXT COLLATE "C",
    target_name  TEXT COLLATE "C",
    object       TEXT COLLATE "C",
    status       TEXT COLLATE "C" NOT NULL,
    explanation  TEXT COLLATE "C" NOT NULL,
    documents    BIGINT NOT NULL DEFAULT 0,
    first_seen   TEXT COLLATE "C",
    last_seen    TEXT COLLATE "C"
);
CREATE INDEX claims_status ON claims(status);
CREATE INDEX claims_subject ON claims(subject_id);
CREATE INDEX claims_target ON claims(target_id);

-- Every statement, event and article stance bearing on a claim (see the SQLite migration).
CREATE TABLE ledger (
    claim_key       TEXT COLLATE "C" NOT NULL REFERENCES claims(key),
    doc_id          TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    seq             BIGINT NOT NULL,           -- position within the document's claims
    published       TEXT COLLATE "C",
    outlet          TEXT COLLATE "C",
    speaker_id      TEXT COLLATE "C" NOT NULL,
    speaker_name    TEXT COLLATE "C" NOT NULL,
    speaker_country TEXT COLLATE "C",
    via             TEXT COLLATE "C" NOT NULL, -- JSON array of voices, nearest first
    stance          TEXT COLLATE "C" NOT NULL,
    counts          BIGINT NOT NULL,           -- 1 if the row bears on status
    sourcing        TEXT COLLATE "C" NOT NULL,
    source          TEXT COLLATE "C" NOT NULL, -- statement | event | model
    statement       TEXT COLLATE "C",
    evidence_start  BIGINT NOT NULL,
    evidence_end    BIGINT NOT NULL,
    evidence        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (claim_key, doc_id, seq)
);
CREATE INDEX ledger_doc ON ledger(doc_id);
CREATE INDEX ledger_speaker ON ledger(speaker_id);

CREATE TABLE status_changes (
    claim_key   TEXT COLLATE "C" NOT NULL REFERENCES claims(key),
    seq         BIGINT NOT NULL,
    published   TEXT COLLATE "C",
    doc_id      TEXT COLLATE "C" NOT NULL,
    from_status TEXT COLLATE "C",
    to_status   TEXT COLLATE "C" NOT NULL,
    explanation TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (claim_key, seq)
);
CREATE INDEX status_changes_published ON status_changes(published);
