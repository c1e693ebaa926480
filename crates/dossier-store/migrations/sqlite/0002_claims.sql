-- Claims across documents: one row per proposition (deterministic key), its ledger, and the
-- timeline of its status. Status and explanation are recomputed from the ledger, never typed in.
CREATE TABLE claims (
    key          TEXT PRIMARY KEY,
    subject_id   TEXT NOT NULL,
    subject_name TEXT NOT NULL,
    predicate    TEXT NOT NULL,
    target_id    TEXT,
    target_name  TEXT,
    object       TEXT,
    status       TEXT NOT NULL,
    explanation  TEXT NOT NULL,
    documents    INTEGER NOT NULL DEFAULT 0,
    first_seen   TEXT,
    last_seen    TEXT
);
CREATE INDEX claims_status ON claims(status);
CREATE INDEX claims_subject ON claims(subject_id);
CREATE INDEX claims_target ON claims(target_id);

-- Every statement, event and article stance bearing on a claim. `stance` is the ledger stance
-- (asserts, denies, hedges, reports) or, for rows that do not bear on status, the statement's
-- own stance (conditional, question, no_comment): those feed the brief's "why it matters".
CREATE TABLE ledger (
    claim_key       TEXT NOT NULL REFERENCES claims(key),
    doc_id          TEXT NOT NULL REFERENCES documents(id),
    seq             INTEGER NOT NULL,         -- position within the document's claims
    published       TEXT,
    outlet          TEXT,
    speaker_id      TEXT NOT NULL,
    speaker_name    TEXT NOT NULL,
    speaker_country TEXT,
    via             TEXT NOT NULL,            -- JSON array of voices, nearest first
    stance          TEXT NOT NULL,
    counts          INTEGER NOT NULL,         -- 1 if the row bears on status
    sourcing        TEXT NOT NULL,
    source          TEXT NOT NULL,            -- statement | event | model
    statement       TEXT,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    evidence        TEXT NOT NULL,
    PRIMARY KEY (claim_key, doc_id, seq)
);
CREATE INDEX ledger_doc ON ledger(doc_id);
CREATE INDEX ledger_speaker ON ledger(speaker_id);

CREATE TABLE status_changes (
    claim_key   TEXT NOT NULL REFERENCES claims(key),
    seq         INTEGER NOT NULL,
    published   TEXT,
    doc_id      TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    explanation TEXT NOT NULL,
    PRIMARY KEY (claim_key, seq)
);
CREATE INDEX status_changes_published ON status_changes(published);
