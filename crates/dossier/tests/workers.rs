//! Concurrent ingest over a PostgreSQL queue: `dossier enqueue` + several `dossier worker`
//! processes at once, a worker killed mid-batch, failed documents parked with their reason.
//!
//! These tests need PostgreSQL: run them under `scripts/with-pg.sh cargo test -p dossier --test
//! workers` (it starts a throwaway cluster and exports DATABASE_URL). Without DATABASE_URL they
//! print SKIP and pass, unless DOSSIER_REQUIRE_PG=1 (CI), which makes them fail instead. Each
//! test works in a fresh database of its own.

mod common;

use assert_cmd::Command;
use common::{corpus, write};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// A database created for one test and dropped after it.
struct TestDb {
    admin_url: String,
    name: String,
    url: String,
}

impl TestDb {
    fn new(tag: &str) -> Option<TestDb> {
        let Ok(admin_url) = std::env::var("DATABASE_URL") else {
            assert!(
                std::env::var("DOSSIER_REQUIRE_PG").as_deref() != Ok("1"),
                "DOSSIER_REQUIRE_PG=1 but DATABASE_URL is not set"
            );
            eprintln!(
                "SKIP: {tag}: need DATABASE_URL (run under scripts/with-pg.sh) for the PostgreSQL queue tests"
            );
            return None;
        };
        let name = format!("dossier_test_{tag}_{}", std::process::id());
        let mut client = postgres::Client::connect(&admin_url, postgres::NoTls)
            .unwrap_or_else(|e| panic!("cannot connect to DATABASE_URL {admin_url}: {e}"));
        client
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .unwrap();
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let base = admin_url
            .rsplit_once('/')
            .map(|(b, _)| b)
            .unwrap_or(&admin_url);
        let url = format!("{base}/{name}");
        Some(TestDb {
            admin_url,
            name,
            url,
        })
    }

    fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).unwrap()
    }

    fn queue_rows(&self, state: &str) -> i64 {
        self.client()
            .query_one(
                "SELECT count(*) FROM dossier_queue WHERE state = $1",
                &[&state],
            )
            .unwrap()
            .get(0)
    }

    /// Pending rows that some transaction holds locked right now.
    fn locked_rows(&self) -> i64 {
        let mut c = self.client();
        let mut tx = c.transaction().unwrap();
        let pending: i64 = tx
            .query_one(
                "SELECT count(*) FROM dossier_queue WHERE state = 'pending'",
                &[],
            )
            .unwrap()
            .get(0);
        let free: i64 = tx
            .query_one(
                "SELECT count(*) FROM (SELECT id FROM dossier_queue WHERE state = 'pending'
                 FOR UPDATE SKIP LOCKED) s",
                &[],
            )
            .unwrap()
            .get(0);
        tx.rollback().unwrap();
        pending - free
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin_url, postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

fn dossier() -> Command {
    let mut c = Command::cargo_bin("dossier").unwrap();
    c.env_remove("DOSSIER_DB").env_remove("DOSSIER_QUEUE");
    c
}

fn dossier_process() -> std::process::Command {
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("dossier"));
    c.env_remove("DOSSIER_DB").env_remove("DOSSIER_QUEUE");
    c
}

/// Where the workers store: in the queue's PostgreSQL database (`--db URL`), or in a SQLite
/// file while the queue is in PostgreSQL (`--queue URL --db FILE`).
#[derive(Clone)]
enum StoreAt {
    Postgres,
    Sqlite(PathBuf),
}

impl StoreAt {
    fn spec(&self, db: &TestDb) -> String {
        match self {
            StoreAt::Postgres => db.url.clone(),
            StoreAt::Sqlite(path) => path.display().to_string(),
        }
    }
}

fn store_args(db: &TestDb, store: &StoreAt) -> Vec<String> {
    match store {
        StoreAt::Postgres => vec!["--db".into(), db.url.clone()],
        StoreAt::Sqlite(path) => vec![
            "--queue".into(),
            db.url.clone(),
            "--db".into(),
            path.display().to_string(),
        ],
    }
}

fn run_ok(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn claims(db: &str) -> Value {
    let out = run_ok(
        dossier()
            .args(["claims", "--format", "json", "--limit", "1000000", "--db"])
            .arg(db),
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn stored_documents(db: &str) -> u64 {
    let out = run_ok(
        dossier()
            .args(["stats", "--format", "json", "--db"])
            .arg(db),
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["documents"].as_u64().unwrap()
}

/// The single-process reference: `dossier ingest` of the same input into SQLite.
fn reference_claims(dir: &Path, input: &Path) -> Value {
    let db = dir.join("reference.db");
    run_ok(dossier().arg("ingest").arg(input).arg("--db").arg(&db));
    claims(&db.display().to_string())
}

/// (claimed, new, duplicates, failed) from a worker's closing line.
fn worker_summary(stderr: &str) -> (u64, u64, u64, u64) {
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.contains(": done: "))
        .unwrap_or_else(|| panic!("no summary line in: {stderr}"));
    let num_before = |word: &str| -> u64 {
        let i = line
            .find(word)
            .unwrap_or_else(|| panic!("{word} in {line}"));
        line[..i]
            .split_whitespace()
            .last()
            .unwrap()
            .parse()
            .unwrap()
    };
    (
        num_before(" documents in"),
        num_before(" new"),
        num_before(" duplicates"),
        num_before(" failed"),
    )
}

fn enqueue(db: &TestDb, store: &StoreAt, input: &Path) -> String {
    let out = run_ok(
        dossier()
            .arg("enqueue")
            .arg(input)
            .args(store_args(db, store)),
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn spawn_worker(db: &TestDb, store: &StoreAt, batch: usize, pause_ms: Option<u64>) -> Child {
    let mut c = dossier_process();
    c.args(["worker", "--exit-when-empty", "-j", "1", "--batch"])
        .arg(batch.to_string())
        .args(store_args(db, store))
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(ms) = pause_ms {
        c.env("DOSSIER_WORKER_PAUSE_MS", ms.to_string());
    }
    c.spawn().unwrap()
}

#[test]
fn four_workers_store_every_document_exactly_once_with_the_claims_of_one_ingest() {
    let Some(db) = TestDb::new("four") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let lines = corpus(100, 600);
    let n = lines.len() as u64;
    assert!(n >= 1_500, "{n} documents");
    let input = dir.path().join("corpus.jsonl");
    write(&input, &lines);
    let store = StoreAt::Postgres;

    let said = enqueue(&db, &store, &input);
    assert!(said.contains(&format!("{n} queued")), "{said}");
    assert_eq!(db.queue_rows("pending"), n as i64);
    // Enqueueing the same input again adds nothing.
    let said = enqueue(&db, &store, &input);
    assert!(said.contains(" 0 queued"), "{said}");

    let started = Instant::now();
    let workers: Vec<Child> = (0..4)
        .map(|_| spawn_worker(&db, &store, 32, None))
        .collect();
    let mut totals = (0, 0, 0, 0);
    let mut busy_workers = 0;
    let mut reconnects = 0;
    for w in workers {
        let out = w.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "worker failed: {stderr}");
        // A connection lost under load is retried (the cause is printed); a batch whose store
        // commit went through before the loss comes back as duplicates, nothing more.
        for line in stderr
            .lines()
            .filter(|l| l.contains("lost a database connection"))
        {
            eprintln!("{line}");
            reconnects += 1;
        }
        let (claimed, new, dup, failed) = worker_summary(&stderr);
        totals = (
            totals.0 + claimed,
            totals.1 + new,
            totals.2 + dup,
            totals.3 + failed,
        );
        if claimed > 0 {
            busy_workers += 1;
        }
    }
    eprintln!(
        "4 workers: {n} documents in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        busy_workers >= 2,
        "the work was shared ({busy_workers} busy)"
    );
    if reconnects == 0 {
        assert_eq!(totals, (n, n, 0, 0), "(claimed, new, duplicates, failed)");
    } else {
        assert_eq!(
            (totals.0, totals.1 + totals.2, totals.3),
            (n, n, 0),
            "{totals:?}"
        );
    }
    assert_eq!(db.queue_rows("pending"), 0, "queue drained");
    assert_eq!(db.queue_rows("failed"), 0);
    assert_eq!(
        stored_documents(&store.spec(&db)),
        n,
        "every document stored once"
    );
    let reference = reference_claims(dir.path(), &input);
    assert!(reference.as_array().unwrap().len() >= 5);
    // Four workers commit batches in no fixed order: the store's answers do not depend on it.
    assert_eq!(
        claims(&store.spec(&db)),
        reference,
        "claims from 4 workers differ from one ingest's"
    );
}

#[test]
fn a_worker_killed_mid_batch_loses_nothing() {
    let Some(db) = TestDb::new("kill") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let lines = corpus(8, 0);
    let n = lines.len() as u64;
    let input = dir.path().join("corpus.jsonl");
    write(&input, &lines);
    let store = StoreAt::Postgres;
    enqueue(&db, &store, &input);

    // The first worker claims a batch and stalls holding it (test hook), then is killed -9.
    let mut doomed = spawn_worker(&db, &store, 50, Some(120_000));
    let deadline = Instant::now() + Duration::from_secs(60);
    while db.locked_rows() == 0 {
        assert!(
            Instant::now() < deadline,
            "the worker never claimed a batch"
        );
        assert!(doomed.try_wait().unwrap().is_none(), "the worker exited");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(db.locked_rows(), 50, "one batch held");
    doomed.kill().unwrap(); // SIGKILL
    doomed.wait().unwrap();

    // Another worker gets everything, the dead worker's batch included.
    let out = spawn_worker(&db, &store, 50, None)
        .wait_with_output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(worker_summary(&stderr), (n, n, 0, 0), "{stderr}");
    assert_eq!(db.queue_rows("pending"), 0);
    assert_eq!(stored_documents(&store.spec(&db)), n);
    let reference = reference_claims(dir.path(), &input);
    assert_eq!(claims(&store.spec(&db)), reference);

    // A worker that dies after the store committed but before the queue did leaves rows the
    // store already has. Re-queueing the whole input recreates exactly that state: the next
    // worker counts them as duplicates and changes nothing.
    let said = enqueue(&db, &store, &input);
    assert!(said.contains(&format!("{n} queued")), "{said}");
    let out = spawn_worker(&db, &store, 50, None)
        .wait_with_output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(worker_summary(&stderr), (n, 0, n, 0), "{stderr}");
    assert_eq!(db.queue_rows("pending"), 0);
    assert_eq!(stored_documents(&store.spec(&db)), n);
    assert_eq!(claims(&store.spec(&db)), reference);
}

#[test]
fn a_worker_whose_connections_are_closed_mid_batch_reconnects_and_loses_nothing() {
    let Some(db) = TestDb::new("lost") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let lines = corpus(8, 0);
    let n = lines.len() as u64;
    let input = dir.path().join("corpus.jsonl");
    write(&input, &lines);
    let store = StoreAt::Postgres;
    enqueue(&db, &store, &input);

    // The worker claims a batch and stalls holding it (test hook); the server then ends both of
    // its sessions, as a restart or an administrator would: its queue transaction is gone and
    // its store connection is closed under it.
    let worker = spawn_worker(&db, &store, 50, Some(1_500));
    let deadline = Instant::now() + Duration::from_secs(60);
    while db.locked_rows() == 0 {
        assert!(
            Instant::now() < deadline,
            "the worker never claimed a batch"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let ended: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE datname = $1 AND pid <> pg_backend_pid()) t",
            &[&db.name],
        )
        .unwrap()
        .get(0);
    assert!(ended >= 2, "the worker's queue and store sessions: {ended}");

    let out = worker.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("lost a database connection"),
        "the worker says what happened: {stderr}"
    );
    // Every document once: the interrupted batch went back to the queue and was done again.
    assert_eq!(worker_summary(&stderr), (n, n, 0, 0), "{stderr}");
    assert_eq!(db.queue_rows("pending"), 0);
    assert_eq!(db.queue_rows("failed"), 0);
    assert_eq!(stored_documents(&store.spec(&db)), n);
    assert_eq!(
        claims(&store.spec(&db)),
        reference_claims(dir.path(), &input)
    );
}

#[test]
fn a_document_that_cannot_be_processed_is_parked_as_failed_not_retried() {
    let Some(db) = TestDb::new("failed") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    write(&input, &corpus(1, 0));
    // This one stores in SQLite, the queue staying in PostgreSQL.
    let store = StoreAt::Sqlite(dir.path().join("store.db"));
    enqueue(&db, &store, &input);
    // Damage one queued row the way a hand-edited or foreign row might be.
    let damaged: String = db
        .client()
        .query_one(
            "UPDATE dossier_queue SET meta = '[1, 2]'::jsonb
             WHERE seq = (SELECT min(seq) FROM dossier_queue) RETURNING id",
            &[],
        )
        .unwrap()
        .get(0);
    let out = spawn_worker(&db, &store, 4, None)
        .wait_with_output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failure is reported: {stderr}"
    );
    assert!(
        stderr.contains(&damaged) && stderr.contains("not a JSON object"),
        "{stderr}"
    );
    let (claimed, new, _, failed) = worker_summary(&stderr);
    assert_eq!((claimed, new, failed), (15, 14, 1), "{stderr}");
    assert_eq!(db.queue_rows("pending"), 0);
    assert_eq!(db.queue_rows("failed"), 1);
    let error: String = db
        .client()
        .query_one("SELECT error FROM dossier_queue WHERE id = $1", &[&damaged])
        .unwrap()
        .get(0);
    assert!(error.contains("not a JSON object"), "{error}");
    // The next worker finds nothing to do: the failed row is not claimed again.
    let out = spawn_worker(&db, &store, 4, None)
        .wait_with_output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(worker_summary(&stderr).0, 0, "{stderr}");
    assert_eq!(stored_documents(&store.spec(&db)), 14);
}

#[test]
fn enqueue_reads_like_ingest_rejecting_bad_lines_by_file_and_line() {
    let Some(db) = TestDb::new("enqueue") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut lines = corpus(1, 0);
    lines.insert(3, r#"{"title": "no text here"}"#.to_string());
    lines.insert(
        7,
        r#"{"text": "Kyiv said the strike hit a power plant.""#.to_string(),
    );
    let input = dir.path().join("mixed.jsonl");
    write(&input, &lines);
    let store = StoreAt::Postgres;
    let out = dossier()
        .arg("enqueue")
        .arg(&input)
        .args(store_args(&db, &store))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let name = input.display().to_string();
    assert!(stderr.contains(&format!("{name}:4: ")), "{stderr}");
    assert!(stderr.contains(&format!("{name}:8: ")), "{stderr}");
    assert_eq!(
        db.queue_rows("pending"),
        15,
        "the good documents are queued"
    );
    let origin: String = db
        .client()
        .query_one(
            "SELECT origin FROM dossier_queue ORDER BY seq OFFSET 3 LIMIT 1",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(origin, format!("{name}:5"), "origins are kept as file:line");

    // Without a PostgreSQL URL there is no queue: a clear error, not a SQLite queue.
    let out = dossier()
        .arg("enqueue")
        .arg(&input)
        .arg("--db")
        .arg(dir.path().join("store.db"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the queue lives in PostgreSQL"));
}
