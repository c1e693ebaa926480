//! Claim aggregates under faults (issue 19): `dossier ingest` killed with SIGKILL at several
//! moments while it folds new documents into claims, then rerun, leaves aggregates equal to a
//! full recompute (`dossier repair --dry-run` finds nothing) and claims equal to an
//! uninterrupted run. The articles recur on a few claims and arrive out of publication order,
//! so both the incremental path and the recompute path are exercised.

mod common;

use assert_cmd::cargo::CommandCargoExt;
use common::{claims, dossier, run_ok};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const STATES: &[&str] = &["Iran", "Russia", "Ukraine", "China", "Turkey"];
const THINGS: &[&str] = &["ballistic missiles", "attack drones", "artillery shells"];

/// `n` short articles on a handful of recurring claims, each report followed by denials,
/// dates shuffled (an older article often comes after a newer one).
fn corpus(n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let a = STATES[i % STATES.len()];
        let b = STATES[(i / STATES.len() + 1 + i) % STATES.len()];
        let b = if a == b {
            STATES[(i + 2) % STATES.len()]
        } else {
            b
        };
        let thing = THINGS[(i / 7) % THINGS.len()];
        let text = match i % 3 {
            0 => format!("Officials said {a} had sent {thing} to {b}, according to dispatch {i}."),
            1 => format!(
                "{a}'s foreign ministry denied that {a} had sent {thing} to {b}, in statement {i}."
            ),
            _ => format!(
                "The United States said {a} sent {thing} to {b}, a State Department spokesman told reporters in briefing {i}."
            ),
        };
        // Scrambled days: i * 7919 mod 360.
        let d = (i * 7919) % 360;
        let rec = serde_json::json!({
            "text": text,
            "published": format!("2024-{:02}-{:02}", 1 + d / 30, 1 + d % 28),
        });
        out.push_str(&rec.to_string());
        out.push('\n');
    }
    out
}

fn documents(db: &Path) -> u64 {
    let out = dossier()
        .args(["stats", "--format", "json", "--db"])
        .arg(db)
        .output()
        .unwrap();
    serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .ok()
        .and_then(|v| v["documents"].as_u64())
        .unwrap_or(0)
}

#[test]
fn sigkill_during_incremental_updates_then_rerun_leaves_aggregates_equal_to_a_recompute() {
    let dir = tempfile::tempdir().unwrap();
    let n = 3000;
    let input = dir.path().join("wire.jsonl");
    std::fs::write(&input, corpus(n)).unwrap();
    let reference = dir.path().join("reference.db");
    run_ok(
        dossier()
            .arg("ingest")
            .arg(&input)
            .arg("--db")
            .arg(&reference),
    );
    let want = claims(&reference);
    assert!(
        want.as_array().is_some_and(|a| !a.is_empty()),
        "the corpus should yield claims"
    );

    let db = dir.path().join("killed.db");
    let mut kills = 0;
    for at in [300u64, 1200, 2200] {
        let mut child = Command::cargo_bin("dossier")
            .unwrap()
            .env_remove("DOSSIER_DB")
            // One transaction per pipeline batch (not ingest's group of 4,096), so the kills
            // land between several incremental updates of the same claims.
            .env("DOSSIER_INGEST_GROUP", "256")
            .arg("ingest")
            .arg(&input)
            .arg("--db")
            .arg(&db)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(120);
        let mut finished = false;
        while Instant::now() < deadline {
            if child.try_wait().unwrap().is_some() {
                finished = true;
                break;
            }
            if documents(&db) >= at {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        if !finished {
            child.kill().unwrap(); // SIGKILL
            kills += 1;
        }
        child.wait().unwrap();
    }
    let stored = documents(&db);
    eprintln!("{kills} kills; {stored} of {n} documents stored before the rerun");
    assert!(kills > 0, "no ingest was killed mid-way");
    run_ok(dossier().arg("ingest").arg(&input).arg("--db").arg(&db));
    assert_eq!(documents(&db), n as u64);

    let out = run_ok(dossier().args(["repair", "--dry-run", "--db"]).arg(&db));
    let report = String::from_utf8_lossy(&out);
    assert!(report.contains("(0 differences)"), "{report}");
    assert_eq!(claims(&db), want);

    // Repair on a sound store changes nothing and says so.
    let out = run_ok(dossier().args(["repair", "--db"]).arg(&db));
    assert!(String::from_utf8_lossy(&out).contains("0 repaired (0 differences)"));
    assert_eq!(claims(&db), want);
}
