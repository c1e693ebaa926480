-- The date the text gives for what a ledger row reports ("on Monday" → 2024-08-05, day), and
-- the one a status change takes from its document's first dated row: a `DateRef` as JSON
-- ({"value","granularity","evidence"}). Nullable: rows stored before this migration, and rows
-- whose text gives no date, show the publication date instead. Display and timelines only: the
-- status rules keep reading `published`.
ALTER TABLE ledger ADD COLUMN text_date TEXT;
ALTER TABLE status_changes ADD COLUMN text_date TEXT;
