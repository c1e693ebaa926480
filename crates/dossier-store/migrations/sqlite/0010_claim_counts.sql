-- The board's counts per status without counting every claim (issue 19): one row per status,
-- kept by triggers on `claims` (a claim is inserted with a status and changes status in place;
-- nothing deletes claims today, the delete trigger keeps the counts right if something does).
-- The board reads five rows instead of scanning `claims_status` (25,000 claims at one million
-- synthetic documents; a real store holds about one claim per document).
-- `slot` is always 0 here (one writer at a time); PostgreSQL spreads concurrent writers over
-- slots, and the same SQL reads and rebuilds both.
CREATE TABLE claim_counts (
    status TEXT NOT NULL,
    slot   INTEGER NOT NULL,
    claims INTEGER NOT NULL,
    PRIMARY KEY (status, slot)
) WITHOUT ROWID;
INSERT INTO claim_counts (status, slot, claims)
    SELECT status, 0, count(*) FROM claims GROUP BY status;
CREATE TRIGGER claim_counts_ai AFTER INSERT ON claims BEGIN
    INSERT INTO claim_counts (status, slot, claims) VALUES (new.status, 0, 1)
        ON CONFLICT (status, slot) DO UPDATE SET claims = claims + 1;
END;
CREATE TRIGGER claim_counts_au AFTER UPDATE OF status ON claims
WHEN old.status IS NOT new.status BEGIN
    INSERT INTO claim_counts (status, slot, claims) VALUES (old.status, 0, -1)
        ON CONFLICT (status, slot) DO UPDATE SET claims = claims - 1;
    INSERT INTO claim_counts (status, slot, claims) VALUES (new.status, 0, 1)
        ON CONFLICT (status, slot) DO UPDATE SET claims = claims + 1;
END;
CREATE TRIGGER claim_counts_ad AFTER DELETE ON claims BEGIN
    INSERT INTO claim_counts (status, slot, claims) VALUES (old.status, 0, -1)
        ON CONFLICT (status, slot) DO UPDATE SET claims = claims - 1;
END;
