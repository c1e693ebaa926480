-- The work queue of `dossier enqueue` / `dossier worker` (PostgreSQL only).
-- Versioned apart from the store's own migrations (table dossier_queue_migrations).
-- A row is a normalised document waiting for extraction: `pending` until a worker stores it
-- (then the row is deleted), or `failed` with the reason when it cannot be processed.
CREATE TABLE dossier_queue (
    seq         BIGSERIAL NOT NULL,           -- claim order: first in, first out
    id          TEXT PRIMARY KEY,             -- document id (hash of the normalised text)
    url         TEXT,
    title       TEXT,
    outlet      TEXT,
    published   TEXT,
    text        TEXT NOT NULL,
    meta        JSONB,                        -- unknown input fields, passed through
    origin      TEXT NOT NULL,                -- where it was read (file[:line])
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'failed')),
    error       TEXT,                         -- why it failed (state = 'failed')
    enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    failed_at   TIMESTAMPTZ
);
CREATE INDEX dossier_queue_pending ON dossier_queue (seq) WHERE state = 'pending';
