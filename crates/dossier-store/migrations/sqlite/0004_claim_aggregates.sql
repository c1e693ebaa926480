-- Per-claim aggregates for incremental ledger maintenance (issue 19): a new document later than
-- all of a claim's others folds into `state` (dossier_core::ledger::Summary as JSON: standing
-- entries, model count, who supported it) instead of replaying the whole ledger. `state` NULL
-- means "not aggregated yet": the next batch touching the claim, or `dossier repair`, rebuilds
-- it from the ledger. `last_published`/`last_doc` are the claim's latest document in timeline
-- order (undated last: `last_published` NULL with `last_doc` set); `entries` counts the rows that
-- bear on status (the board shows it without reading the ledger).
ALTER TABLE claims ADD COLUMN state TEXT;
ALTER TABLE claims ADD COLUMN last_published TEXT;
ALTER TABLE claims ADD COLUMN last_doc TEXT;
ALTER TABLE claims ADD COLUMN checkpoint TEXT;   -- {published, summary}: the state before the latest published value
ALTER TABLE claims ADD COLUMN entries INTEGER NOT NULL DEFAULT 0;
UPDATE claims SET entries = (SELECT count(*) FROM ledger l WHERE l.claim_key = claims.key AND l.counts = 1);
-- The rows of one claim from one `published` value on (replayed from the checkpoint when a
-- second article of the latest day arrives).
CREATE INDEX ledger_claim_published ON ledger(claim_key, published);
