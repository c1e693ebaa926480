-- The document hash's index in two runs: twin of sqlite/0011_document_keys_in_two_runs.sql.
-- Each batch inserts its documents' keys into the small `doc_keys_recent`; once it holds
-- `documents::RECENT_KEYS` keys, a batch moves them to `doc_keys` in key order in one statement
-- (`DELETE … RETURNING` feeding the insert, so a concurrent writer's uncommitted keys stay in
-- the recent run until they are committed and moved by a later batch).
CREATE TABLE doc_keys (
    idh BIGINT NOT NULL,
    doc BIGINT NOT NULL,
    PRIMARY KEY (idh, doc)
);
CREATE TABLE doc_keys_recent (
    idh BIGINT NOT NULL,
    doc BIGINT NOT NULL,
    PRIMARY KEY (idh, doc)
);
INSERT INTO doc_keys (idh, doc) SELECT idh, rowid FROM documents ORDER BY idh, rowid;
DROP INDEX documents_idh;
