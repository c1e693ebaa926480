-- Fewer random pages per document (issue 19). A new document wrote a leaf at a random place in
-- two large B-trees besides the one it had to: the unique index on the content hash
-- (`documents.id`, 32 hex characters + row id: ~55 entries per leaf) and the ledger's primary
-- key (claim, document, seq), a second copy of what `ledger_timeline` already orders by claim.
-- Once they outgrow the page cache, each batch re-reads and each checkpoint writes back
-- hundreds of their leaves. Now:
--  * `documents.idh`, the hash's first 64 bits as an integer (see `documents::id_hash`: one hex
--    digit per 4 bits, 0 past the end, 15 for a non-hex character), indexed instead of the
--    hash (≈ 290 entries per leaf, small enough to stay cached); lookups by hash test `idh`
--    then `id`, and a prefix of the hash is a range of `idh`. Uniqueness of the hash is kept by
--    the one write path (`put_batch`: insert where no row has that `idh` and `id`, inside the
--    write transaction).
--  * the ledger has no primary key; `ledger_timeline` is UNIQUE (its key holds claim, doc_id
--    and seq, so it is unique exactly when the old key was) and is the ledger's only index by
--    claim.
-- Row ids, and so the FTS5 index (content_rowid) and every `doc` key, are unchanged.

DROP TRIGGER documents_ai;
DROP TRIGGER documents_ad;
CREATE TABLE documents_0009 (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL,               -- content hash of the normalised text
    idh         INTEGER NOT NULL,            -- the hash's first 64 bits (documents::id_hash)
    url         TEXT,
    title       TEXT,
    outlet      TEXT,
    published   TEXT,                        -- RFC 3339 date or date-time
    text        TEXT NOT NULL,
    meta        TEXT,                        -- JSON object of unknown input fields
    origin      TEXT,                        -- where it was first read from (file[:line])
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO documents_0009 (rowid, id, idh, url, title, outlet, published, text, meta, origin,
                            ingested_at)
    SELECT rowid, id,
           (((instr('0123456789abcdef', substr(id, 1, 1)) - 1) & 15) << 60)
         | (((instr('0123456789abcdef', substr(id, 2, 1)) - 1) & 15) << 56)
         | (((instr('0123456789abcdef', substr(id, 3, 1)) - 1) & 15) << 52)
         | (((instr('0123456789abcdef', substr(id, 4, 1)) - 1) & 15) << 48)
         | (((instr('0123456789abcdef', substr(id, 5, 1)) - 1) & 15) << 44)
         | (((instr('0123456789abcdef', substr(id, 6, 1)) - 1) & 15) << 40)
         | (((instr('0123456789abcdef', substr(id, 7, 1)) - 1) & 15) << 36)
         | (((instr('0123456789abcdef', substr(id, 8, 1)) - 1) & 15) << 32)
         | (((instr('0123456789abcdef', substr(id, 9, 1)) - 1) & 15) << 28)
         | (((instr('0123456789abcdef', substr(id, 10, 1)) - 1) & 15) << 24)
         | (((instr('0123456789abcdef', substr(id, 11, 1)) - 1) & 15) << 20)
         | (((instr('0123456789abcdef', substr(id, 12, 1)) - 1) & 15) << 16)
         | (((instr('0123456789abcdef', substr(id, 13, 1)) - 1) & 15) << 12)
         | (((instr('0123456789abcdef', substr(id, 14, 1)) - 1) & 15) << 8)
         | (((instr('0123456789abcdef', substr(id, 15, 1)) - 1) & 15) << 4)
         | ((instr('0123456789abcdef', substr(id, 16, 1)) - 1) & 15),
           url, title, outlet, published, text, meta, origin, ingested_at
    FROM documents ORDER BY rowid;
DROP TABLE documents;
ALTER TABLE documents_0009 RENAME TO documents;
CREATE INDEX documents_idh ON documents(idh);
CREATE INDEX documents_published ON documents(published);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TABLE ledger_0009 (
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
    text_date       TEXT
);
INSERT INTO ledger_0009
    SELECT claim_key, doc, doc_id, seq, published, outlet, speaker_id, speaker_name,
           speaker_country, via, stance, counts, sourcing, source, statement, evidence_start,
           evidence_end, evidence, text_date
    FROM ledger ORDER BY rowid;
DROP TABLE ledger;
ALTER TABLE ledger_0009 RENAME TO ledger;
CREATE INDEX ledger_doc ON ledger(doc);
CREATE UNIQUE INDEX ledger_timeline ON ledger(claim_key, counts, published IS NULL, published, doc_id, seq);
