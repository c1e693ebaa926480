-- The date the text gives for what a ledger row reports ("on Monday" → 2024-08-05, day), and
-- the one a status change takes from its document's first dated row: a `DateRef` as JSON
-- ({"value","granularity","evidence"}). Nullable: rows stored before this migration, and rows
-- whose text gives no date, show the publication date instead. Display and timelines only: the
-- status rules keep reading `published`.
ALTER TABLE ledger ADD COLUMN text_date TEXT;
ALTER TABLE status_changes ADD COLUMN text_date TEXT;

-- `dossier watch`: the pages of a feed to retry and the sitemaps an index lists, read at every
-- poll of an unchanged feed (without reading the feed's other pages).
CREATE INDEX watch_items_pending ON watch_items(feed_url) WHERE status IN ('retry', 'sitemap');
