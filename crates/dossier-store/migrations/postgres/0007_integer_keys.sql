-- Integer document keys (issue 19): twin of sqlite/0007_integer_keys.sql. The tables that hang
-- off a document are keyed by `documents.rowid` (`doc`, ingest order) instead of the content
-- hash, so a new document's rows go to the right-hand end of each B-tree; the hash stays
-- `documents.id` (unique: dedup, public id) and, in the ledger, `doc_id` (timeline order).
-- The foreign keys on the hash go with it (their checks were random look-ups of the hash
-- index per row). The timeline index gains `counts`; `ledger_claim_published` and the unread
-- `ledger_speaker` are dropped.

ALTER TABLE extractions ADD COLUMN doc BIGINT;
UPDATE extractions x SET doc = d.rowid FROM documents d WHERE d.id = x.doc_id;
ALTER TABLE extractions DROP COLUMN doc_id;
ALTER TABLE extractions ALTER COLUMN doc SET NOT NULL;
ALTER TABLE extractions ADD PRIMARY KEY (doc);

ALTER TABLE actor_mentions ADD COLUMN doc BIGINT;
UPDATE actor_mentions m SET doc = d.rowid FROM documents d WHERE d.id = m.doc_id;
ALTER TABLE actor_mentions DROP COLUMN doc_id;
ALTER TABLE actor_mentions ALTER COLUMN doc SET NOT NULL;
ALTER TABLE actor_mentions ADD PRIMARY KEY (doc, actor_id);

ALTER TABLE statements ADD COLUMN doc BIGINT;
UPDATE statements s SET doc = d.rowid FROM documents d WHERE d.id = s.doc_id;
ALTER TABLE statements DROP COLUMN doc_id;
ALTER TABLE statements ALTER COLUMN doc SET NOT NULL;
ALTER TABLE statements ADD PRIMARY KEY (doc, sid);

ALTER TABLE events ADD COLUMN doc BIGINT;
UPDATE events e SET doc = d.rowid FROM documents d WHERE d.id = e.doc_id;
ALTER TABLE events DROP COLUMN doc_id;
ALTER TABLE events ALTER COLUMN doc SET NOT NULL;
ALTER TABLE events ADD PRIMARY KEY (doc, eid);

ALTER TABLE ledger ADD COLUMN doc BIGINT;
UPDATE ledger l SET doc = d.rowid FROM documents d WHERE d.id = l.doc_id;
ALTER TABLE ledger ALTER COLUMN doc SET NOT NULL;
ALTER TABLE ledger DROP CONSTRAINT ledger_doc_id_fkey;
ALTER TABLE ledger DROP CONSTRAINT ledger_pkey;
ALTER TABLE ledger ADD PRIMARY KEY (claim_key, doc, seq);
DROP INDEX ledger_doc;
DROP INDEX ledger_speaker;
DROP INDEX ledger_claim_published;
DROP INDEX ledger_timeline;
CREATE INDEX ledger_doc ON ledger(doc);
CREATE INDEX ledger_timeline ON ledger(claim_key, counts, (published IS NULL), published, doc_id, seq);

-- The board's sort key exactly (`documents DESC, last_seen IS NULL, last_seen DESC, key`): its
-- first page is an index walk of 50 entries, not a sort of every claim.
DROP INDEX claims_board;
CREATE INDEX claims_board ON claims(documents DESC, (last_seen IS NULL), last_seen DESC, key);
