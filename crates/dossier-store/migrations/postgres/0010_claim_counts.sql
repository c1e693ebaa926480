-- The board's counts per status without counting every claim: PostgreSQL twin of
-- migrations/sqlite/0010_claim_counts.sql. Several workers write at once, so the counts are
-- spread over 64 slots (the writing backend's pid picks one): two batches adding claims of the
-- same status in parallel rarely wait on one row, and a deadlock between two that do is retried
-- like any other (pg.rs). The board sums at most 64 rows per status. Each change also takes a
-- shared transaction-scoped advisory lock (key 0x646f73736e756d73, `claims::COUNTS_LOCK`):
-- `repair` takes it exclusively to recount without racing a batch in flight.
CREATE TABLE claim_counts (
    status TEXT COLLATE "C" NOT NULL,
    slot   INTEGER NOT NULL,
    claims BIGINT NOT NULL,
    PRIMARY KEY (status, slot)
);
INSERT INTO claim_counts (status, slot, claims) SELECT status, 0, count(*) FROM claims GROUP BY status;
CREATE FUNCTION claim_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s INTEGER := pg_backend_pid() % 64;
BEGIN
    PERFORM pg_advisory_xact_lock_shared(7237130065819299187);
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO claim_counts (status, slot, claims) VALUES (OLD.status, s, -1)
            ON CONFLICT (status, slot) DO UPDATE SET claims = claim_counts.claims - 1;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO claim_counts (status, slot, claims) VALUES (NEW.status, s, 1)
            ON CONFLICT (status, slot) DO UPDATE SET claims = claim_counts.claims + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER claim_counts_ai AFTER INSERT OR DELETE ON claims
    FOR EACH ROW EXECUTE FUNCTION claim_counts_track();
CREATE TRIGGER claim_counts_au AFTER UPDATE OF status ON claims
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION claim_counts_track();
