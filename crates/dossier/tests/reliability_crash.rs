//! Crash safety (issue 12): `dossier ingest` killed with SIGKILL part-way through a
//! 10,000-document input and rerun leaves a store equal to an uninterrupted run (no duplicates,
//! nothing missing, claims identical); two `dossier ingest` processes on one SQLite file both
//! succeed.

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn dossier() -> Command {
    let mut c = Command::cargo_bin("dossier").unwrap();
    c.env_remove("DOSSIER_DB");
    c
}

const STATES: &[(&str, &str)] = &[
    ("Iran", "Tehran"),
    ("Russia", "Moscow"),
    ("Ukraine", "Kyiv"),
    ("China", "Beijing"),
    ("Turkey", "Ankara"),
    ("Israel", "Jerusalem"),
    ("Egypt", "Cairo"),
    ("Poland", "Warsaw"),
];
const THINGS: &[&str] = &[
    "ballistic missiles",
    "attack drones",
    "artillery shells",
    "air defence systems",
    "fighter jets",
];

/// `n` small, distinct, realistic documents as JSONL (a few hundred bytes each), with
/// statements that yield claims, denials and dates spread over two years.
fn corpus(n: usize) -> String {
    let mut out = String::with_capacity(n * 400);
    for i in 0..n {
        let (a, a_cap) = STATES[i % STATES.len()];
        let (b, _) = STATES[(i / STATES.len() + 1 + i) % STATES.len()];
        let (b, _) = if a == b {
            STATES[(i + 3) % STATES.len()]
        } else {
            (b, "")
        };
        let thing = THINGS[i % THINGS.len()];
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        let year = 2023 + (i / 336) % 2;
        let text = match i % 3 {
            0 => format!(
                "{a}'s foreign ministry said on Tuesday that {b} had supplied {thing} to rebels, report number {i}. Officials in {a_cap} said the shipment arrived last week."
            ),
            1 => format!(
                "A spokesman for {a}'s defence ministry denied that {a} had sent {thing} to {b}, in statement {i}. \"No such transfer took place,\" he said."
            ),
            _ => format!(
                "According to officials in {a_cap}, {b} is preparing to deliver {thing} to the region, dispatch {i} reported, citing unnamed sources."
            ),
        };
        let rec = serde_json::json!({
            "text": text,
            "title": format!("Dispatch {i}"),
            "published": format!("{year}-{month:02}-{day:02}"),
            "url": format!("https://wire.example/{i}"),
        });
        writeln!(out, "{rec}").unwrap();
    }
    out
}

fn ingest(input: &Path, db: &Path) -> Output {
    dossier()
        .arg("ingest")
        .arg(input)
        .arg("--db")
        .arg(db)
        .output()
        .unwrap()
}

fn json(args: &[&str], db: &Path) -> Value {
    let out = dossier().args(args).arg("--db").arg(db).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Everything observable about a store: counts, every document, every claim with its ledger
/// and timeline, the relations graph.
fn snapshot(db: &Path) -> (Value, Value, Value, Value) {
    let mut stats = json(&["stats", "--format", "json"], db);
    stats.as_object_mut().unwrap().remove("database");
    let docs = json(&["docs", "--format", "json", "--limit", "1000000"], db);
    let claims = json(&["claims", "--format", "json", "--limit", "1000000"], db);
    let graph = json(&["graph", "--format", "json"], db);
    // Every extraction record, as `export --format jsonl` writes them.
    let out = dossier()
        .args(["export", "--format", "jsonl", "--db"])
        .arg(db)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut records: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    records.sort_by_key(|r| r["document"]["id"].as_str().unwrap_or("").to_string());
    let docs = serde_json::json!({ "list": docs, "records": records });
    (stats, docs, claims, graph)
}

fn documents(db: &Path) -> u64 {
    // The writer holds the write lock; readers see the last committed batch (WAL).
    let out = dossier()
        .args(["stats", "--format", "json", "--db"])
        .arg(db)
        .output()
        .unwrap();
    if !out.status.success() {
        return 0;
    }
    serde_json::from_slice::<Value>(&out.stdout)
        .map(|v| v["documents"].as_u64().unwrap_or(0))
        .unwrap_or(0)
}

struct Setup {
    _dir: tempfile::TempDir,
    input: PathBuf,
    reference: PathBuf,
    n: usize,
}

fn setup(n: usize) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("wire.jsonl");
    std::fs::write(&input, corpus(n)).unwrap();
    let reference = dir.path().join("reference.db");
    let started = Instant::now();
    let out = ingest(&input, &reference);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!(
        "uninterrupted ingest of {n} documents: {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Setup {
        input,
        reference,
        n,
        _dir: dir,
    }
}

#[test]
fn sigkill_mid_ingest_then_rerun_equals_an_uninterrupted_run() {
    let s = setup(10_000);
    let (ref_stats, ref_docs, ref_claims, ref_graph) = snapshot(&s.reference);
    assert_eq!(ref_stats["documents"].as_u64(), Some(s.n as u64));
    assert!(
        ref_stats["statements"].as_u64().unwrap() >= s.n as u64 / 2,
        "the corpus should produce statements: {ref_stats}"
    );
    // Claims are compared whole below (there are none until the event layer yields them).
    assert!(ref_claims.is_array());

    let db = s.reference.with_file_name("killed.db");
    let mut child = dossier()
        .arg("ingest")
        .arg(&s.input)
        .arg("--db")
        .arg(&db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill once some batches are committed and the rest is still to come.
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut seen = 0;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("ingest finished ({status}) before it could be killed; seen {seen}");
        }
        seen = documents(&db);
        if seen >= 1000 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    assert!(!status.success());
    let at_kill = documents(&db);
    eprintln!("killed after {at_kill} of {} documents were committed", s.n);
    assert!(
        at_kill > 0 && at_kill < s.n as u64,
        "kill landed at {at_kill}"
    );

    // Rerun the same command: it finishes the job.
    let out = ingest(&s.input, &db);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{} documents read: {} new, {at_kill} duplicates, 0 rejected",
            s.n,
            s.n as u64 - at_kill
        )),
        "{stderr}"
    );
    let (stats, docs, claims, graph) = snapshot(&db);
    assert_eq!(stats, ref_stats);
    assert_eq!(docs, ref_docs);
    assert_eq!(claims, ref_claims);
    assert_eq!(graph, ref_graph);
}

#[test]
fn two_ingest_processes_on_one_database_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let all = corpus(1200);
    let lines: Vec<&str> = all.lines().collect();
    // Overlapping halves: both processes write, and some documents reach both.
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.jsonl");
    std::fs::write(&a, lines[..800].join("\n") + "\n").unwrap();
    std::fs::write(&b, lines[400..].join("\n") + "\n").unwrap();
    let db = dir.path().join("shared.db");
    let spawn = |input: &Path| {
        dossier()
            .arg("ingest")
            .arg(input)
            .arg("--db")
            .arg(&db)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (pa, pb) = (spawn(&a), spawn(&b));
    let (oa, ob) = (
        pa.wait_with_output().unwrap(),
        pb.wait_with_output().unwrap(),
    );
    for o in [&oa, &ob] {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let new = |o: &Output| -> u64 {
        let s = String::from_utf8_lossy(&o.stderr);
        let i = s.find(" new,").expect("summary line");
        let start = s[..i].rfind(' ').unwrap() + 1;
        s[start..i].parse().unwrap()
    };
    assert_eq!(
        new(&oa) + new(&ob),
        1200,
        "each document stored exactly once"
    );
    // Same content as one process reading everything.
    let whole = dir.path().join("whole.jsonl");
    std::fs::write(&whole, &all).unwrap();
    let reference = dir.path().join("reference.db");
    assert!(ingest(&whole, &reference).status.success());
    let (s1, _, c1, g1) = snapshot(&db);
    let (s2, _, c2, g2) = snapshot(&reference);
    assert_eq!(s1, s2);
    assert_eq!(claim_keys(&c1), claim_keys(&c2));
    assert_eq!(g1, g2);
}

/// Claims without the order-dependent parts (ids and statuses are order-independent; the ledger
/// order within equal dates may follow insertion order).
fn claim_keys(claims: &Value) -> Vec<String> {
    let mut keys: Vec<String> = claims
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {}",
                c["id"],
                c["status"],
                c["ledger"].as_array().map(|l| l.len()).unwrap_or(0),
                c["predicate"]
            )
        })
        .collect();
    keys.sort();
    keys
}
