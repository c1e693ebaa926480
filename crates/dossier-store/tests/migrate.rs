//! Migrations 7 (integer document keys), 8 (status changes by document row id), 9 (the
//! hash's integer key, the ledger without its primary key) and 10 (counts per status kept by
//! triggers) on a store
//! that already holds rows. Migration 7: a store written at
//! schema 6 — with the rows the current code writes, copied into the version-6 tables — is
//! migrated in place by `open` and must read back exactly what a store built at schema 7 from
//! the same articles reads, and keep working (a later batch, `repair`) the same way.
//! PostgreSQL runs when `DATABASE_URL` is set (`scripts/with-pg.sh`), else prints SKIP.

mod store_harness;

use dossier_core::{Document, Extraction};
use dossier_store::testing::TempPg;
use dossier_store::{Backend, ClaimFilter, Page};
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use store_harness::{extracted, header};

/// The schema version every store is migrated to.
const LATEST: i64 = 11;

const SQLITE_0006: &[&str] = &[
    include_str!("../migrations/sqlite/0001_documents.sql"),
    include_str!("../migrations/sqlite/0002_claims.sql"),
    include_str!("../migrations/sqlite/0003_board_indexes.sql"),
    include_str!("../migrations/sqlite/0004_claim_aggregates.sql"),
    include_str!("../migrations/sqlite/0005_watch.sql"),
    include_str!("../migrations/sqlite/0006_text_dates.sql"),
];

const POSTGRES_0006: &[&str] = &[
    include_str!("../migrations/postgres/0001_documents.sql"),
    include_str!("../migrations/postgres/0002_claims.sql"),
    include_str!("../migrations/postgres/0003_board_indexes.sql"),
    include_str!("../migrations/postgres/0004_claim_aggregates.sql"),
    include_str!("../migrations/postgres/0005_watch.sql"),
    include_str!("../migrations/postgres/0006_text_dates.sql"),
];

fn doc(
    text: &str,
    title: &str,
    outlet: Option<&str>,
    published: Option<&str>,
) -> (Document, Extraction) {
    extracted(text, header(title, outlet, published))
}

/// A border dispute over a week: accusations, a denial, a confirmation, two reports of one
/// day (their order is the ids', not the arrival's), an undated note and a quote.
fn first_batch() -> Vec<(Document, Extraction)> {
    vec![
        doc(
            "Armenia accused Azerbaijan of shelling villages near the border on Monday. \
             Azerbaijan's defence ministry denied shelling the villages.",
            "Shelling reported",
            Some("Caucasus Wire"),
            Some("2024-03-04"),
        ),
        doc(
            "Azerbaijan denied shelling Armenian villages, calling the accusation a provocation. \
             \"Our forces did not open fire,\" a ministry spokesman said.",
            "Baku denies",
            Some("Baku Daily"),
            Some("2024-03-05"),
        ),
        doc(
            "Russia said it sent peacekeepers to the border. Armenia said Azerbaijan shelled \
             villages again on Tuesday, according to the Armenian foreign ministry.",
            "Peacekeepers",
            Some("Caucasus Wire"),
            Some("2024-03-05"),
        ),
        doc(
            "The European Union urged Armenia and Azerbaijan to resume talks. \
             Officials said Turkey may send observers.",
            "Talks urged",
            None,
            None,
        ),
    ]
}

fn second_batch() -> Vec<(Document, Extraction)> {
    vec![
        doc(
            "Observers confirmed that Azerbaijan shelled villages near the border, the OSCE said. \
             Azerbaijan again denied the shelling.",
            "Observers confirm",
            Some("Vienna Report"),
            Some("2024-03-09"),
        ),
        doc(
            "Armenia accused Azerbaijan of shelling villages near the border in early March.",
            "Looking back",
            Some("Yerevan Times"),
            Some("2024-03-02"),
        ),
    ]
}

fn put(store: &mut dyn Backend, docs: &[(Document, Extraction)]) {
    store_harness::put(store, docs);
}

/// What a store answers (everything but ingest times), as JSON.
fn answers(store: &dyn Backend) -> serde_json::Value {
    let all = Page {
        limit: 1000,
        offset: 0,
    };
    let claims = store.claims(&ClaimFilter::default(), all).unwrap();
    assert!(!claims.is_empty(), "the articles give claims");
    let pages: Vec<_> = claims
        .iter()
        .map(|c| {
            serde_json::json!({
                "claim": store.claim(&c.id).unwrap(),
                "page": store.claim_page(&c.id, Page { limit: 1, offset: 1 }).unwrap(),
                "digest": store.claim_digest(&c.id, 2).unwrap(),
                "related": store.related_claims(c, 5).unwrap(),
            })
        })
        .collect();
    let documents = store.documents(all).unwrap();
    let stored: Vec<_> = documents
        .iter()
        .map(|d| {
            let s = store.document(&d.id).unwrap().unwrap();
            serde_json::json!({"text": s.document.text, "x": s.extraction, "origin": s.origin})
        })
        .collect();
    let actors = store.actors(all).unwrap();
    let actor_pages: Vec<_> = actors
        .iter()
        .map(|a| {
            serde_json::json!({
                "actor": store.actor(&a.id).unwrap(),
                "statements": store.actor_statements(&a.id, all).unwrap(),
                "events": store.actor_events(&a.id, all).unwrap(),
            })
        })
        .collect();
    let mut csv = Vec::new();
    store.export_claims_csv(&mut csv).unwrap();
    let mut plover = Vec::new();
    store.export_plover(&mut plover).unwrap();
    let mut jsonl = Vec::new();
    store.export_jsonl(&mut jsonl).unwrap();
    serde_json::json!({
        "claims": claims,
        "board": store.claims_board(&ClaimFilter::default(), all).unwrap(),
        "pages": pages,
        "counts": store.claim_counts().unwrap().iter().map(|(s, n)| (s.as_str(), *n)).collect::<Vec<_>>(),
        "contradictions": store.contradictions(all).unwrap(),
        "changes": store.changes("2024-01-01", all).unwrap(),
        "documents": documents,
        "stored": stored,
        "search": store.search("villages", all).unwrap(),
        "stats": store.stats().unwrap(),
        "actors": actors,
        "actor_pages": actor_pages,
        "graph": store.graph(None, None).unwrap(),
        "csv": String::from_utf8(csv).unwrap(),
        "plover": String::from_utf8(plover).unwrap(),
        "jsonl": String::from_utf8(jsonl).unwrap(),
    })
}

/// Each table's rows as schema 6 holds them (document hash instead of row id), read from a
/// schema-7 SQLite store: (table, columns, SELECT giving them in that order).
const AS_0006: &[(&str, &str, &str)] = &[
    (
        "documents",
        "rowid, id, url, title, outlet, published, text, meta, origin, ingested_at",
        "SELECT rowid, id, url, title, outlet, published, text, meta, origin, ingested_at
         FROM documents ORDER BY rowid",
    ),
    (
        "extractions",
        "doc_id, json",
        "SELECT d.id, x.json FROM extractions x JOIN documents d ON d.rowid = x.doc ORDER BY x.doc",
    ),
    (
        "actors",
        "id, name, kind, country",
        "SELECT id, name, kind, country FROM actors ORDER BY id",
    ),
    (
        "actor_mentions",
        "doc_id, actor_id, count",
        "SELECT d.id, m.actor_id, m.count FROM actor_mentions m JOIN documents d ON d.rowid = m.doc
         ORDER BY m.doc, m.actor_id",
    ),
    (
        "statements",
        "doc_id, sid, speaker_id, speaker_name, cue, mode, stance, sourcing, content_start,
         content_end, content, via",
        "SELECT d.id, s.sid, s.speaker_id, s.speaker_name, s.cue, s.mode, s.stance, s.sourcing,
                s.content_start, s.content_end, s.content, s.via
         FROM statements s JOIN documents d ON d.rowid = s.doc ORDER BY s.doc, s.sid",
    ),
    (
        "events",
        "doc_id, eid, source_id, source_name, target_id, target_name, cameo, plover, verb, object,
         modality, goldstein, evidence_start, evidence_end, evidence, statement",
        "SELECT d.id, e.eid, e.source_id, e.source_name, e.target_id, e.target_name, e.cameo,
                e.plover, e.verb, e.object, e.modality, e.goldstein, e.evidence_start,
                e.evidence_end, e.evidence, e.statement
         FROM events e JOIN documents d ON d.rowid = e.doc ORDER BY e.doc, e.eid",
    ),
    (
        "claims",
        "key, subject_id, subject_name, predicate, target_id, target_name, object, status,
         explanation, documents, first_seen, last_seen, state, last_published, last_doc,
         checkpoint, entries",
        "SELECT key, subject_id, subject_name, predicate, target_id, target_name, object, status,
                explanation, documents, first_seen, last_seen, state, last_published, last_doc,
                checkpoint, entries
         FROM claims ORDER BY key",
    ),
    (
        "ledger",
        "claim_key, doc_id, seq, published, outlet, speaker_id, speaker_name, speaker_country, via,
         stance, counts, sourcing, source, statement, evidence_start, evidence_end, evidence,
         text_date",
        "SELECT claim_key, doc_id, seq, published, outlet, speaker_id, speaker_name,
                speaker_country, via, stance, counts, sourcing, source, statement,
                evidence_start, evidence_end, evidence, text_date
         FROM ledger ORDER BY doc, seq, claim_key",
    ),
    (
        "status_changes",
        "claim_key, seq, published, doc_id, from_status, to_status, explanation, text_date",
        "SELECT s.claim_key, s.seq, s.published, d.id, s.from_status, s.to_status, s.explanation,
                s.text_date
         FROM status_changes s JOIN documents d ON d.rowid = s.doc ORDER BY s.claim_key, s.seq",
    ),
];

/// A SQL literal of one value (text quoted, `'` doubled: standard strings on both databases).
fn literal(v: ValueRef<'_>) -> String {
    match v {
        ValueRef::Null => "NULL".into(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(x) => format!("{x:?}"),
        ValueRef::Text(t) | ValueRef::Blob(t) => {
            format!("'{}'", String::from_utf8_lossy(t).replace('\'', "''"))
        }
    }
}

/// `INSERT` statements that fill schema-6 tables with the rows of the schema-7 store at `from`.
fn rows_as_0006(from: &std::path::Path, postgres: bool) -> Vec<String> {
    let conn = Connection::open(from).unwrap();
    let mut out = Vec::new();
    for (table, columns, select) in AS_0006 {
        let mut stmt = conn.prepare(select).unwrap();
        let width = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let values: Vec<String> = (0..width).map(|i| literal(r.get_ref(i).unwrap())).collect();
            // PostgreSQL numbers `documents.rowid` itself unless told otherwise.
            let overriding = if postgres && *table == "documents" {
                "OVERRIDING SYSTEM VALUE"
            } else {
                ""
            };
            out.push(format!(
                "INSERT INTO {table} ({columns}) {overriding} VALUES ({})",
                values.join(", ")
            ));
        }
    }
    out
}

/// The migrated store `old` answers as `new` (built at the current schema) and is consistent;
/// it keeps working: a later batch (one article older than the rest) lands the same on both.
fn same_and_keeps_working(old: &mut dyn Backend, new: &mut dyn Backend) {
    assert_eq!(answers(old), answers(new));
    assert!(old.repair(true).unwrap().differences.is_empty());
    put(old, &second_batch());
    put(new, &second_batch());
    assert_eq!(answers(old), answers(new));
    assert!(old.repair(true).unwrap().differences.is_empty());
}

/// A current-schema SQLite store of the first batch (the reference), at `dir/new.db`.
fn reference(dir: &std::path::Path) -> (std::path::PathBuf, Box<dyn Backend>) {
    let path = dir.join("new.db");
    let mut store = dossier_store::open(path.to_str().unwrap()).unwrap();
    put(&mut *store, &first_batch());
    (path, store)
}

#[test]
fn a_sqlite_store_at_schema_6_migrates_in_place_and_reads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let (new_path, mut new) = reference(dir.path());
    let inserts = rows_as_0006(&new_path, false);
    assert!(inserts.iter().any(|s| s.starts_with("INSERT INTO ledger")));

    let old_path = dir.path().join("old.db");
    {
        let conn = Connection::open(&old_path).unwrap();
        for sql in SQLITE_0006 {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 6).unwrap();
        conn.execute_batch("BEGIN").unwrap();
        for sql in &inserts {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch("COMMIT").unwrap();
        // Schema 6 keys the ledger by the hash.
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM pragma_table_info('ledger') WHERE name = 'doc'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0);
    }
    let mut old = dossier_store::open(old_path.to_str().unwrap()).unwrap();
    assert_eq!(old.stats().unwrap().schema_version, LATEST);
    same_and_keeps_working(&mut *old, &mut *new);
    let conn = Connection::open(&old_path).unwrap();
    let keys: i64 = conn
        .query_row(
            "SELECT count(*) FROM ledger l JOIN documents d ON d.rowid = l.doc AND d.id = l.doc_id",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let rows: i64 = conn
        .query_row("SELECT count(*) FROM ledger", [], |r| r.get(0))
        .unwrap();
    assert!(rows > 0);
    assert_eq!(keys, rows, "every ledger row's row id names its document");
}

#[test]
fn the_ledger_is_read_through_the_slim_timeline_index() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _store) = reference(dir.path());
    let conn = Connection::open(&path).unwrap();
    let plan = |sql: &str| -> String {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        // Parameters unknown to the planner, as in the store (bound to NULL here).
        let nulls = vec![rusqlite::types::Null; stmt.parameter_count()];
        let rows = stmt
            .query_map(rusqlite::params_from_iter(nulls), |r| r.get::<_, String>(3))
            .unwrap()
            .map(|r| r.unwrap())
            .collect::<Vec<_>>();
        rows.join("; ")
    };
    for sql in [
        "SELECT * FROM ledger WHERE claim_key = 'k' AND counts = 1
         ORDER BY published IS NULL, published, doc_id, seq LIMIT 50",
        "SELECT * FROM ledger WHERE claim_key = 'k' AND counts = 1 AND (published IS NULL) = FALSE
         AND published >= '2024' ORDER BY published, doc_id, seq",
        "SELECT * FROM ledger WHERE claim_key = 'k' AND counts = 1 AND (published IS NULL) = TRUE
         ORDER BY published, doc_id, seq",
    ] {
        let p = plan(sql);
        assert!(p.contains("ledger_timeline"), "{sql}: {p}");
        assert!(!p.contains("TEMP B-TREE"), "{sql} sorts: {p}");
    }
    // The board's first page: a walk of its index, no sort of every claim.
    let sql = "SELECT c.key FROM claims c
         WHERE (CAST(?1 AS TEXT) IS NULL OR c.status = ?1)
           AND (CAST(?2 AS TEXT) IS NULL OR c.subject_id = ?2 OR c.target_id = ?2
                OR substr(c.subject_id, 1, length(?2) + 1) = ?2 || '.'
                OR substr(c.target_id, 1, length(?2) + 1) = ?2 || '.')
           AND (CAST(?3 AS TEXT) IS NULL OR c.last_seen >= ?3)
         ORDER BY c.documents DESC, c.last_seen IS NULL, c.last_seen DESC, c.key
         LIMIT ?4 OFFSET ?5";
    let p = plan(sql);
    assert!(p.contains("claims_board"), "{sql}: {p}");
    assert!(!p.contains("TEMP B-TREE"), "{sql} sorts: {p}");
}

#[test]
fn a_postgres_store_at_schema_6_migrates_in_place_and_reads_back_the_same() {
    let Some(old_pg) = TempPg::new() else {
        return;
    };
    let Some(new_pg) = TempPg::new() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (sqlite_path, _sqlite) = reference(dir.path());
    let inserts = rows_as_0006(&sqlite_path, true);
    {
        let mut client = postgres::Client::connect(&old_pg.url, postgres::NoTls).unwrap();
        let mut tx = client.transaction().unwrap();
        tx.batch_execute(
            "CREATE TABLE schema_migrations (
                 version    BIGINT PRIMARY KEY,
                 applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
             )",
        )
        .unwrap();
        for (i, sql) in POSTGRES_0006.iter().enumerate() {
            tx.batch_execute(sql).unwrap();
            tx.execute(
                "INSERT INTO schema_migrations (version) VALUES ($1)",
                &[&(i as i64 + 1)],
            )
            .unwrap();
        }
        for sql in &inserts {
            tx.batch_execute(sql).unwrap();
        }
        // New documents are numbered after the copied ones.
        tx.batch_execute(
            "SELECT setval(pg_get_serial_sequence('documents', 'rowid'), (SELECT max(rowid) FROM documents))",
        )
        .unwrap();
        tx.commit().unwrap();
    }
    let mut old = dossier_store::open(&old_pg.url).unwrap();
    let mut new = dossier_store::open(&new_pg.url).unwrap();
    put(&mut *new, &first_batch());
    assert_eq!(old.stats().unwrap().schema_version, LATEST);
    same_and_keeps_working(&mut *old, &mut *new);
}

// ------------------------------------------------------------------------------------------
// Migration 8: status changes keyed by the document's row id

/// Turn a schema-8 SQLite store back into schema 7 in place: `status_changes` with the hash
/// `doc_id` (the tables of migrations 2 and 6), `user_version` 7.
const SQLITE_BACK_TO_0007: &str = "
    CREATE TABLE status_changes_0007 (
        claim_key   TEXT NOT NULL REFERENCES claims(key),
        seq         INTEGER NOT NULL,
        published   TEXT,
        doc_id      TEXT NOT NULL,
        from_status TEXT,
        to_status   TEXT NOT NULL,
        explanation TEXT NOT NULL,
        text_date   TEXT,
        PRIMARY KEY (claim_key, seq)
    );
    INSERT INTO status_changes_0007
        SELECT s.claim_key, s.seq, s.published, d.id, s.from_status, s.to_status, s.explanation,
               s.text_date
        FROM status_changes s JOIN documents d ON d.rowid = s.doc;
    DROP TABLE status_changes;
    ALTER TABLE status_changes_0007 RENAME TO status_changes;
    CREATE INDEX status_changes_published ON status_changes(published);
    PRAGMA user_version = 7;";

/// The status changes of a SQLite store with the public id of their document, in key order.
fn changes_by_hash(path: &std::path::Path, column: &str) -> Vec<(String, i64, String)> {
    let conn = Connection::open(path).unwrap();
    let sql = if column == "doc" {
        "SELECT s.claim_key, s.seq, d.id FROM status_changes s JOIN documents d ON d.rowid = s.doc
         ORDER BY s.claim_key, s.seq"
    } else {
        "SELECT claim_key, seq, doc_id FROM status_changes ORDER BY claim_key, seq"
    };
    let mut stmt = conn.prepare(sql).unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    rows
}

/// A SQLite store at `dir/name` holding [`first_batch`], its schema then rolled back by
/// `back_to` (one of the `SQLITE_BACK_TO_*` scripts).
fn rolled_back(dir: &std::path::Path, name: &str, back_to: &str) -> std::path::PathBuf {
    let old_path = dir.join(name);
    {
        let mut store = dossier_store::open(old_path.to_str().unwrap()).unwrap();
        put(&mut *store, &first_batch());
    }
    let conn = Connection::open(&old_path).unwrap();
    conn.execute_batch(SQLITE_BACK_TO_0010).unwrap();
    conn.execute_batch(SQLITE_BACK_TO_0009).unwrap();
    conn.execute_batch(back_to).unwrap();
    old_path
}

#[test]
fn a_sqlite_store_at_schema_7_migrates_to_8_in_place_and_reads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let (new_path, mut new) = reference(dir.path());
    let old_path = rolled_back(dir.path(), "old7.db", SQLITE_BACK_TO_0007);
    let at_7 = changes_by_hash(&old_path, "doc_id");
    assert!(!at_7.is_empty(), "the articles change some claim's status");

    let mut old = dossier_store::open(old_path.to_str().unwrap()).unwrap();
    assert_eq!(old.stats().unwrap().schema_version, LATEST);
    // Every change still names its document, now by row id; the store answers as before.
    assert_eq!(changes_by_hash(&old_path, "doc"), at_7);
    assert_eq!(changes_by_hash(&new_path, "doc"), at_7);
    same_and_keeps_working(&mut *old, &mut *new);
    let hash_column: i64 = Connection::open(&old_path)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM pragma_table_info('status_changes') WHERE name = 'doc_id'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(hash_column, 0, "the hash column is gone");
}

#[test]
fn a_postgres_store_at_schema_7_migrates_to_8_in_place_and_reads_back_the_same() {
    let Some(old_pg) = TempPg::new() else {
        return;
    };
    let Some(new_pg) = TempPg::new() else {
        return;
    };
    {
        let mut store = dossier_store::open(&old_pg.url).unwrap();
        put(&mut *store, &first_batch());
    }
    let changes = |client: &mut postgres::Client| -> Vec<(String, i64, String)> {
        client
            .query(
                "SELECT s.claim_key, s.seq, d.id FROM status_changes s
                 JOIN documents d ON d.rowid = s.doc ORDER BY s.claim_key, s.seq",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect()
    };
    let before = {
        let mut client = postgres::Client::connect(&old_pg.url, postgres::NoTls).unwrap();
        client.batch_execute(PG_BACK_TO_0010).unwrap();
        client.batch_execute(PG_BACK_TO_0009).unwrap();
        let before = changes(&mut client);
        assert!(!before.is_empty());
        // Back to schema 7: the hash in place of the row id.
        client
            .batch_execute(
                "ALTER TABLE status_changes ADD COLUMN doc_id TEXT COLLATE \"C\";
                 UPDATE status_changes s SET doc_id = d.id FROM documents d WHERE d.rowid = s.doc;
                 ALTER TABLE status_changes ALTER COLUMN doc_id SET NOT NULL;
                 ALTER TABLE status_changes DROP COLUMN doc;
                 DELETE FROM schema_migrations WHERE version = 8;",
            )
            .unwrap();
        client.batch_execute(PG_BACK_TO_0008).unwrap();
        before
    };
    let mut old = dossier_store::open(&old_pg.url).unwrap();
    let mut new = dossier_store::open(&new_pg.url).unwrap();
    put(&mut *new, &first_batch());
    assert_eq!(old.stats().unwrap().schema_version, LATEST);
    let mut client = postgres::Client::connect(&old_pg.url, postgres::NoTls).unwrap();
    assert_eq!(changes(&mut client), before);
    same_and_keeps_working(&mut *old, &mut *new);
}

// ------------------------------------------------------------------------------------------
// Migration 9: the hash's integer key instead of its unique index; the ledger without its
// primary key (its unique timeline index instead)

/// Turn a schema-9 SQLite store back into schema 8 in place: `documents` with the unique hash
/// and no `idh`, the ledger with its primary key, `user_version` 8.
const SQLITE_BACK_TO_0008: &str = "
    DROP TRIGGER documents_ai;
    DROP TRIGGER documents_ad;
    CREATE TABLE documents_0008 (
        rowid       INTEGER PRIMARY KEY,
        id          TEXT NOT NULL UNIQUE,
        url         TEXT,
        title       TEXT,
        outlet      TEXT,
        published   TEXT,
        text        TEXT NOT NULL,
        meta        TEXT,
        origin      TEXT,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    INSERT INTO documents_0008
        SELECT rowid, id, url, title, outlet, published, text, meta, origin, ingested_at
        FROM documents;
    DROP TABLE documents;
    ALTER TABLE documents_0008 RENAME TO documents;
    CREATE INDEX documents_published ON documents(published);
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TABLE ledger_0008 (
        claim_key TEXT NOT NULL REFERENCES claims(key), doc INTEGER NOT NULL,
        doc_id TEXT NOT NULL, seq INTEGER NOT NULL, published TEXT, outlet TEXT,
        speaker_id TEXT NOT NULL, speaker_name TEXT NOT NULL, speaker_country TEXT,
        via TEXT NOT NULL, stance TEXT NOT NULL, counts INTEGER NOT NULL, sourcing TEXT NOT NULL,
        source TEXT NOT NULL, statement TEXT, evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL, evidence TEXT NOT NULL, text_date TEXT,
        PRIMARY KEY (claim_key, doc, seq)
    );
    INSERT INTO ledger_0008 SELECT * FROM ledger;
    DROP TABLE ledger;
    ALTER TABLE ledger_0008 RENAME TO ledger;
    CREATE INDEX ledger_doc ON ledger(doc);
    CREATE INDEX ledger_timeline ON ledger(claim_key, counts, published IS NULL, published, doc_id, seq);
    PRAGMA user_version = 8;";

/// The hash's first 16 hex digits as a two's-complement integer: what `idh` must hold for
/// every id dossier makes (32 lower-case hex digits).
fn expected_idh(id: &str) -> i64 {
    u64::from_str_radix(&id[..16], 16).unwrap() as i64
}

/// (id, idh) of every document of a SQLite store, in row order.
fn id_keys(path: &std::path::Path) -> Vec<(String, i64)> {
    let conn = Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare("SELECT id, idh FROM documents ORDER BY rowid")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    rows
}

#[test]
fn a_sqlite_store_at_schema_8_migrates_to_9_in_place_and_reads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let (new_path, mut new) = reference(dir.path());
    let old_path = rolled_back(dir.path(), "old8.db", SQLITE_BACK_TO_0008);
    let mut old = dossier_store::open(old_path.to_str().unwrap()).unwrap();
    assert_eq!(old.stats().unwrap().schema_version, LATEST);
    // The migration computes the same integer key as the code that writes new documents.
    let keys = id_keys(&old_path);
    assert_eq!(keys.len(), first_batch().len());
    for (id, idh) in &keys {
        assert_eq!(*idh, expected_idh(id), "{id}");
    }
    assert_eq!(keys, id_keys(&new_path));
    // A prefix of the hash still finds its document, and the same text is still a duplicate.
    for (id, _) in &keys {
        let found = old.document(&id[..5]).unwrap().expect("found by prefix");
        assert_eq!(&found.document.header.id, id);
    }
    let again = first_batch();
    let outcome = old
        .put_batch(&dossier_store::Incoming::all(&again, "again"))
        .unwrap();
    assert_eq!((outcome.new, outcome.duplicates), (0, again.len()));
    same_and_keeps_working(&mut *old, &mut *new);
    assert_eq!(
        id_keys(&old_path).iter().map(|k| k.1).collect::<Vec<_>>(),
        id_keys(&old_path)
            .iter()
            .map(|k| expected_idh(&k.0))
            .collect::<Vec<_>>()
    );
    // The hash's unique index and the ledger's primary key are gone.
    let conn = Connection::open(&old_path).unwrap();
    let autoindexes: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name IN
             ('sqlite_autoindex_documents_1', 'sqlite_autoindex_ledger_1')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(autoindexes, 0);
}

/// Undo migration 9 on PostgreSQL: the unique hash, no integer key, the ledger's primary key.
const PG_BACK_TO_0008: &str = "
    DROP INDEX documents_idh;
    ALTER TABLE documents DROP COLUMN idh;
    ALTER TABLE documents ADD CONSTRAINT documents_id_key UNIQUE (id);
    DROP INDEX ledger_timeline;
    CREATE INDEX ledger_timeline ON ledger(claim_key, counts, (published IS NULL), published, doc_id, seq);
    ALTER TABLE ledger ADD PRIMARY KEY (claim_key, doc, seq);
    DELETE FROM schema_migrations WHERE version = 9;";

#[test]
fn a_postgres_store_at_schema_8_migrates_to_9_in_place_and_reads_back_the_same() {
    let Some(old_pg) = TempPg::new() else {
        return;
    };
    let Some(new_pg) = TempPg::new() else {
        return;
    };
    {
        let mut store = dossier_store::open(&old_pg.url).unwrap();
        put(&mut *store, &first_batch());
    }
    let keys = |client: &mut postgres::Client| -> Vec<(String, i64)> {
        client
            .query("SELECT id, idh FROM documents ORDER BY rowid", &[])
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect()
    };
    {
        let mut client = postgres::Client::connect(&old_pg.url, postgres::NoTls).unwrap();
        client.batch_execute(PG_BACK_TO_0010).unwrap();
        client.batch_execute(PG_BACK_TO_0009).unwrap();
        client.batch_execute(PG_BACK_TO_0008).unwrap();
    }
    let mut old = dossier_store::open(&old_pg.url).unwrap();
    let mut new = dossier_store::open(&new_pg.url).unwrap();
    put(&mut *new, &first_batch());
    assert_eq!(old.stats().unwrap().schema_version, LATEST);
    let mut client = postgres::Client::connect(&old_pg.url, postgres::NoTls).unwrap();
    let migrated = keys(&mut client);
    assert_eq!(migrated.len(), first_batch().len());
    for (id, idh) in &migrated {
        assert_eq!(*idh, expected_idh(id), "{id}");
    }
    let again = first_batch();
    let outcome = old
        .put_batch(&dossier_store::Incoming::all(&again, "again"))
        .unwrap();
    assert_eq!((outcome.new, outcome.duplicates), (0, again.len()));
    same_and_keeps_working(&mut *old, &mut *new);
}

// ------------------------------------------------------------------------------------------
// Migration 10: the board's counts per status kept by triggers on `claims`

/// Undo migration 10 on SQLite: no counts table, no triggers, `user_version` 9.
const SQLITE_BACK_TO_0009: &str = "
    DROP TRIGGER claim_counts_ai;
    DROP TRIGGER claim_counts_au;
    DROP TRIGGER claim_counts_ad;
    DROP TABLE claim_counts;
    PRAGMA user_version = 9;";

/// Undo migration 10 on PostgreSQL.
const PG_BACK_TO_0009: &str = "
    DROP TRIGGER claim_counts_ai ON claims;
    DROP TRIGGER claim_counts_au ON claims;
    DROP FUNCTION claim_counts_track();
    DROP TABLE claim_counts;
    DELETE FROM schema_migrations WHERE version = 10;";

/// (status, claims) by counting every claim: what the counts table must agree with.
const COUNTED: &str = "SELECT status, count(*) FROM claims GROUP BY status ORDER BY status";
/// (status, claims) from the counts table (migration 10), the way the board reads it.
const KEPT: &str = "SELECT status, CAST(sum(claims) AS BIGINT) FROM claim_counts
    GROUP BY status HAVING sum(claims) > 0 ORDER BY status";

/// The two-column rows `sql` returns from the SQLite store at `path`.
fn sqlite_rows<A: rusqlite::types::FromSql, B: rusqlite::types::FromSql>(
    path: &std::path::Path,
    sql: &str,
) -> Vec<(A, B)> {
    let conn = Connection::open(path).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    rows
}

#[test]
fn a_sqlite_store_at_schema_9_migrates_to_10_and_keeps_its_counts_per_status() {
    let dir = tempfile::tempdir().unwrap();
    let (new_path, mut new) = reference(dir.path());
    let old_path = rolled_back(dir.path(), "old9.db", "");
    let counted = sqlite_rows::<String, i64>(&old_path, COUNTED);
    assert!(
        counted.len() >= 2,
        "the articles give claims of several statuses: {counted:?}"
    );
    let mut old = dossier_store::open(old_path.to_str().unwrap()).unwrap();
    assert_eq!(old.stats().unwrap().schema_version, LATEST);
    // The migration fills the counts from the claims; the board reads them.
    assert_eq!(sqlite_rows::<String, i64>(&old_path, KEPT), counted);
    let board: Vec<(String, i64)> = old
        .claim_counts()
        .unwrap()
        .iter()
        .map(|(s, n)| (s.as_str().to_string(), *n as i64))
        .collect();
    assert_eq!(board, counted);
    // A later batch (new claims, status changes) and `repair` keep them equal to a count.
    same_and_keeps_working(&mut *old, &mut *new);
    for path in [&old_path, &new_path] {
        let now = sqlite_rows::<String, i64>(path, COUNTED);
        assert_ne!(now, counted, "the second batch changes the counts");
        assert_eq!(sqlite_rows::<String, i64>(path, KEPT), now);
    }
    // Counts that drifted (a hand edit, a bug) are reported by `repair` and rebuilt.
    let now = sqlite_rows::<String, i64>(&old_path, COUNTED);
    Connection::open(&old_path)
        .unwrap()
        .execute_batch("UPDATE claim_counts SET claims = claims + 3 WHERE status IN (SELECT status FROM claims)")
        .unwrap();
    let dry = old.repair(true).unwrap();
    let fields: Vec<&str> = dry.differences.iter().map(|d| d.field.as_str()).collect();
    assert_eq!(fields.len(), now.len(), "{fields:?}");
    assert!(
        fields.iter().all(|f| f.starts_with("counts:")),
        "{fields:?}"
    );
    assert_ne!(
        sqlite_rows::<String, i64>(&old_path, KEPT),
        now,
        "a dry run changes nothing"
    );
    assert_eq!(old.repair(false).unwrap().differences.len(), now.len());
    assert_eq!(sqlite_rows::<String, i64>(&old_path, KEPT), now);
    assert!(old.repair(true).unwrap().differences.is_empty());
}

#[test]
fn a_postgres_store_at_schema_9_migrates_to_10_and_keeps_its_counts_per_status() {
    let Some(old_pg) = TempPg::new() else {
        return;
    };
    let Some(new_pg) = TempPg::new() else {
        return;
    };
    {
        let mut store = dossier_store::open(&old_pg.url).unwrap();
        put(&mut *store, &first_batch());
    }
    let counts = |url: &str, sql: &str| -> Vec<(String, i64)> {
        postgres::Client::connect(url, postgres::NoTls)
            .unwrap()
            .query(sql, &[])
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect()
    };
    postgres::Client::connect(&old_pg.url, postgres::NoTls)
        .unwrap()
        .batch_execute(&format!("{PG_BACK_TO_0010}{PG_BACK_TO_0009}"))
        .unwrap();
    let counted = counts(&old_pg.url, COUNTED);
    assert!(counted.len() >= 2, "{counted:?}");
    let mut old = dossier_store::open(&old_pg.url).unwrap();
    let mut new = dossier_store::open(&new_pg.url).unwrap();
    put(&mut *new, &first_batch());
    assert_eq!(old.stats().unwrap().schema_version, LATEST);
    assert_eq!(counts(&old_pg.url, KEPT), counted);
    same_and_keeps_working(&mut *old, &mut *new);
    for url in [&old_pg.url, &new_pg.url] {
        let now = counts(url, COUNTED);
        assert_ne!(now, counted, "the second batch changes the counts");
        assert_eq!(counts(url, KEPT), now);
    }
}

// ------------------------------------------------------------------------------------------
// Migration 11: the document keys in two runs (a small recent one, a large one in key order)

/// Undo migration 11 on SQLite: the index on `documents.idh` back, no key tables,
/// `user_version` 10.
const SQLITE_BACK_TO_0010: &str = "
    CREATE INDEX documents_idh ON documents(idh);
    DROP TABLE doc_keys;
    DROP TABLE doc_keys_recent;
    PRAGMA user_version = 10;";

/// Undo migration 11 on PostgreSQL.
const PG_BACK_TO_0010: &str = "
    CREATE INDEX documents_idh ON documents(idh);
    DROP TABLE doc_keys;
    DROP TABLE doc_keys_recent;
    DELETE FROM schema_migrations WHERE version = 11;";

/// (idh, doc) of the large run, in key order, and the size of the recent run.
const KEYS: &str = "SELECT idh, doc FROM doc_keys ORDER BY idh, doc";
const RECENT: &str = "SELECT count(*) FROM doc_keys_recent";
/// (idh, row id) of every document, in key order: what the large run must hold after the
/// migration.
const BY_DOCUMENT: &str = "SELECT idh, rowid FROM documents ORDER BY idh, rowid";

#[test]
fn a_sqlite_store_at_schema_10_migrates_to_11_with_every_key_in_the_large_run() {
    let dir = tempfile::tempdir().unwrap();
    let (_new_path, mut new) = reference(dir.path());
    let old_path = dir.path().join("old10.db");
    {
        let mut store = dossier_store::open(old_path.to_str().unwrap()).unwrap();
        put(&mut *store, &first_batch());
    }
    Connection::open(&old_path)
        .unwrap()
        .execute_batch(SQLITE_BACK_TO_0010)
        .unwrap();
    let at_10 = sqlite_rows::<i64, i64>(&old_path, BY_DOCUMENT);
    assert!(at_10.len() >= 3, "{at_10:?}");
    let mut old = dossier_store::open(old_path.to_str().unwrap()).unwrap();
    assert_eq!(old.stats().unwrap().schema_version, LATEST);
    assert_eq!(sqlite_rows::<i64, i64>(&old_path, KEYS), at_10);
    let recent: i64 = Connection::open(&old_path)
        .unwrap()
        .query_row(RECENT, [], |r| r.get(0))
        .unwrap();
    assert_eq!(recent, 0);
    // Every document is found by id after the migration, and a later batch and the answers
    // are those of a store built at 11.
    for (d, _) in first_batch() {
        assert!(old.contains(&d.header.id).unwrap());
    }
    same_and_keeps_working(&mut *old, &mut *new);
}

#[test]
fn a_postgres_store_at_schema_10_migrates_to_11_with_every_key_in_the_large_run() {
    let Some(old_pg) = TempPg::new() else {
        return;
    };
    let Some(new_pg) = TempPg::new() else {
        return;
    };
    {
        let mut store = dossier_store::open(&old_pg.url).unwrap();
        put(&mut *store, &first_batch());
    }
    let pairs = |sql: &str| -> Vec<(i64, i64)> {
        postgres::Client::connect(&old_pg.url, postgres::NoTls)
            .unwrap()
            .query(sql, &[])
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect()
    };
    postgres::Client::connect(&old_pg.url, postgres::NoTls)
        .unwrap()
        .batch_execute(PG_BACK_TO_0010)
        .unwrap();
    let at_10 = pairs(BY_DOCUMENT);
    assert!(at_10.len() >= 3, "{at_10:?}");
    let mut old = dossier_store::open(&old_pg.url).unwrap();
    let mut new = dossier_store::open(&new_pg.url).unwrap();
    put(&mut *new, &first_batch());
    assert_eq!(old.stats().unwrap().schema_version, LATEST);
    assert_eq!(pairs(KEYS), at_10);
    for (d, _) in first_batch() {
        assert!(old.contains(&d.header.id).unwrap());
    }
    same_and_keeps_working(&mut *old, &mut *new);
}
