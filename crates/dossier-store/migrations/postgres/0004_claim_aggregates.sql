-- Per-claim aggregates for incremental ledger maintenance (twin of sqlite/0004; see there).
ALTER TABLE claims ADD COLUMN state TEXT COLLATE "C";
ALTER TABLE claims ADD COLUMN last_published TEXT COLLATE "C";
ALTER TABLE claims ADD COLUMN last_doc TEXT COLLATE "C";
ALTER TABLE claims ADD COLUMN checkpoint TEXT COLLATE "C";   -- {published, summary}: the state before the latest published value
ALTER TABLE claims ADD COLUMN entries BIGINT NOT NULL DEFAULT 0;
UPDATE claims SET entries = (SELECT count(*) FROM ledger l WHERE l.claim_key = claims.key AND l.counts = 1);
-- The rows of one claim from one `published` value on (replayed from the checkpoint when a
-- second article of the latest day arrives).
CREATE INDEX ledger_claim_published ON ledger(claim_key, published);
