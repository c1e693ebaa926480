-- Status changes keyed like the ledger (issue 19): the document that caused a change is the
-- integer `documents.rowid` (`doc`) instead of the content hash, as migration 0007 did for every
-- other table hanging off a document. Reads take the public id from `documents` by the rowid
-- (its primary key): the JSON contract is unchanged.

CREATE TABLE status_changes_0008 (
    claim_key   TEXT NOT NULL REFERENCES claims(key),
    seq         INTEGER NOT NULL,
    published   TEXT,
    doc         INTEGER NOT NULL,              -- documents.rowid
    from_status TEXT,
    to_status   TEXT NOT NULL,
    explanation TEXT NOT NULL,
    text_date   TEXT,
    PRIMARY KEY (claim_key, seq)
);
INSERT INTO status_changes_0008
    SELECT s.claim_key, s.seq, s.published, d.rowid, s.from_status, s.to_status, s.explanation,
           s.text_date
    FROM status_changes s JOIN documents d ON d.id = s.doc_id ORDER BY s.claim_key, s.seq;
DROP TABLE status_changes;
ALTER TABLE status_changes_0008 RENAME TO status_changes;
CREATE INDEX status_changes_published ON status_changes(published);
