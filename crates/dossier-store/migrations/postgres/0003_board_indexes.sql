-- Indexes for the claims board and briefs on large stores (twin of sqlite/0003).
--
-- The board's first page is an index walk instead of a scan and sort of every claim.
CREATE INDEX claims_board ON claims(documents DESC, last_seen DESC, key);

-- A claim's ledger in timeline order (the ORDER BY of `load_claim`, `published IS NULL`
-- included) without a sort. Not covering, unlike SQLite's: a B-tree entry in PostgreSQL must
-- stay under ~2.7 kB, and evidence spans can be longer.
CREATE INDEX ledger_timeline ON ledger(claim_key, (published IS NULL), published, doc_id, seq);
