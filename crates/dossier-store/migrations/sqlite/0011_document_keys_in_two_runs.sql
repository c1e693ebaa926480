-- The document hash's index in two runs (issue 19, session 11). `documents_idh` (migration 9)
-- took one insert per document at a random place: once it has more leaves than a write
-- transaction has documents, every document dirties a leaf of its own (~1 WAL frame per
-- document at 200k, written again at each checkpoint). Now the keys (`idh`, the document's
-- row id) live in two tables of the same shape:
--  * `doc_keys_recent`, small: each batch inserts its documents' keys here (a few dozen
--    leaves, shared by the whole batch);
--  * `doc_keys`, everything older: once the recent run holds `documents::RECENT_KEYS` keys,
--    the batch that finds it so moves them over in key order, one pass over the large run's
--    leaves instead of one random leaf per document.
-- A lookup by hash probes both (`idh`, then the document's `id`); a prefix is an `idh` range in
-- both. Uniqueness of the hash is kept as before by the one write path.
CREATE TABLE doc_keys (
    idh INTEGER NOT NULL,
    doc INTEGER NOT NULL,
    PRIMARY KEY (idh, doc)
) WITHOUT ROWID;
CREATE TABLE doc_keys_recent (
    idh INTEGER NOT NULL,
    doc INTEGER NOT NULL,
    PRIMARY KEY (idh, doc)
) WITHOUT ROWID;
INSERT INTO doc_keys (idh, doc) SELECT idh, rowid FROM documents ORDER BY idh, rowid;
DROP INDEX documents_idh;
