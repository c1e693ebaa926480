-- `dossier watch`: the feeds it follows, the article pages it fetched and the alerts it sent
-- (twin of postgres/0005). A restart reads this state and resumes: validators for conditional
-- GET, every page already fetched (never fetched twice), the last poll of each feed.
CREATE TABLE watch_feeds (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    last_poll     TEXT,                  -- RFC 3339, UTC
    last_status   INTEGER,               -- HTTP status of the last poll; NULL when no response
    last_error    TEXT,                  -- why the last poll failed; NULL when it did not
    polls         INTEGER NOT NULL DEFAULT 0,
    items_new     INTEGER NOT NULL DEFAULT 0,
    errors        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE watch_items (
    url         TEXT PRIMARY KEY,        -- the article page (item link)
    feed_url    TEXT NOT NULL,
    fetched_at  TEXT NOT NULL,
    status      TEXT NOT NULL,           -- ingested | duplicate | failed | retry
    http_status INTEGER,
    doc_id      TEXT,
    error       TEXT,
    attempts    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX watch_items_feed ON watch_items(feed_url);

CREATE TABLE watch_alerts (
    id          INTEGER PRIMARY KEY,
    detected_at TEXT NOT NULL,
    claim_key   TEXT NOT NULL,
    alert       TEXT NOT NULL            -- the JSON line printed and posted
);
