-- Fewer random pages per document (issue 19): twin of sqlite/0009_fewer_random_pages.sql.
-- `documents.idh` (the hash's first 64 bits as an integer, `documents::id_hash`) is indexed
-- instead of the 32-character hash, whose unique index goes (uniqueness is kept by the one
-- write path, under the batch's advisory lock on the hash); the ledger's primary key, a second
-- copy by claim of what `ledger_timeline` orders, goes too, and `ledger_timeline` is UNIQUE.

ALTER TABLE documents ADD COLUMN idh BIGINT;
UPDATE documents SET idh =
      (((strpos('0123456789abcdef', substr(id, 1, 1)) - 1) & 15)::bigint << 60)
    | (((strpos('0123456789abcdef', substr(id, 2, 1)) - 1) & 15)::bigint << 56)
    | (((strpos('0123456789abcdef', substr(id, 3, 1)) - 1) & 15)::bigint << 52)
    | (((strpos('0123456789abcdef', substr(id, 4, 1)) - 1) & 15)::bigint << 48)
    | (((strpos('0123456789abcdef', substr(id, 5, 1)) - 1) & 15)::bigint << 44)
    | (((strpos('0123456789abcdef', substr(id, 6, 1)) - 1) & 15)::bigint << 40)
    | (((strpos('0123456789abcdef', substr(id, 7, 1)) - 1) & 15)::bigint << 36)
    | (((strpos('0123456789abcdef', substr(id, 8, 1)) - 1) & 15)::bigint << 32)
    | (((strpos('0123456789abcdef', substr(id, 9, 1)) - 1) & 15)::bigint << 28)
    | (((strpos('0123456789abcdef', substr(id, 10, 1)) - 1) & 15)::bigint << 24)
    | (((strpos('0123456789abcdef', substr(id, 11, 1)) - 1) & 15)::bigint << 20)
    | (((strpos('0123456789abcdef', substr(id, 12, 1)) - 1) & 15)::bigint << 16)
    | (((strpos('0123456789abcdef', substr(id, 13, 1)) - 1) & 15)::bigint << 12)
    | (((strpos('0123456789abcdef', substr(id, 14, 1)) - 1) & 15)::bigint << 8)
    | (((strpos('0123456789abcdef', substr(id, 15, 1)) - 1) & 15)::bigint << 4)
    | (((strpos('0123456789abcdef', substr(id, 16, 1)) - 1) & 15)::bigint << 0);
ALTER TABLE documents ALTER COLUMN idh SET NOT NULL;
ALTER TABLE documents DROP CONSTRAINT documents_id_key;
CREATE INDEX documents_idh ON documents(idh);

ALTER TABLE ledger DROP CONSTRAINT ledger_pkey;
DROP INDEX ledger_timeline;
CREATE UNIQUE INDEX ledger_timeline ON ledger(claim_key, counts, (published IS NULL), published, doc_id, seq);
