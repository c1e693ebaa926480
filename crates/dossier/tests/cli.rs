//! End-to-end tests of the `dossier` binary on fixture directories built in a temp dir.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn dossier() -> Command {
    let mut c = Command::cargo_bin("dossier").unwrap();
    c.env_remove("DOSSIER_DB");
    c
}

const GOOD_JSONL: &str = r#"{"text":"Iran's foreign ministry rejected reports that it had supplied drones to Russia.","title":"Tehran rejects drone claims","outlet":"Gulf Monitor","published":"2022-10-18","url":"https://example.org/a","desk":"world"}
{"text":"Ukraine's air force said it had shot down 37 Shahed drones overnight.","title":"Drones over Kyiv","published":"2022-10-10"}
"#;

fn write(dir: &Path, name: &str, content: &str) -> String {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&p, content).unwrap();
    p.to_string_lossy().into_owned()
}

fn count_docs(db: &Path) -> usize {
    let out = dossier()
        .args(["stats", "--format", "json", "--db"])
        .arg(db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["documents"].as_u64().unwrap() as usize
}

#[test]
fn ingest_is_idempotent_and_reports_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "in/news.jsonl", GOOD_JSONL);
    write(
        dir.path(),
        "in/sub/kremlin.txt",
        "Kremlin declines comment\n\nKremlin spokesman Dmitry Peskov declined to comment on the reports.",
    );
    let db = dir.path().join("d.db");
    dossier()
        .arg("ingest")
        .arg(dir.path().join("in"))
        .arg("--db")
        .arg(&db)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "3 documents read: 3 new, 0 duplicates, 0 rejected",
        ));
    assert_eq!(count_docs(&db), 3);
    // Again, plus the same JSONL named twice: nothing new.
    dossier()
        .args(["ingest", &input, &input, "--db"])
        .arg(&db)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "4 documents read: 0 new, 4 duplicates",
        ));
    assert_eq!(count_docs(&db), 3);
}

#[test]
fn a_broken_line_is_rejected_with_its_line_number_and_the_rest_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mixed = format!(
        "{}{{\"title\": \"no text here\"}}\n{{not json\n{}",
        GOOD_JSONL.lines().next().unwrap().to_owned() + "\n",
        GOOD_JSONL.lines().nth(1).unwrap().to_owned() + "\n"
    );
    let input = write(dir.path(), "mixed.jsonl", &mixed);
    let missing = dir.path().join("nope.jsonl");
    let db = dir.path().join("d.db");
    dossier()
        .arg("ingest")
        .arg(&input)
        .arg(&missing)
        .arg("--db")
        .arg(&db)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("{input}:2: ")))
        .stderr(predicate::str::contains(format!("{input}:3: ")))
        .stderr(predicate::str::contains("nope.jsonl"))
        .stderr(predicate::str::contains("2 new"));
    assert_eq!(count_docs(&db), 2);
}

#[test]
fn extract_is_a_pure_filter_in_input_order_with_the_contract_shape() {
    let out = dossier()
        .args(["extract", "-"])
        .write_stdin(GOOD_JSONL)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let first = &lines[0];
    assert_eq!(first["document"]["title"], "Tehran rejects drone claims");
    assert_eq!(first["document"]["url"], "https://example.org/a");
    assert_eq!(first["document"]["outlet"], "Gulf Monitor");
    assert_eq!(first["document"]["published"], "2022-10-18");
    assert_eq!(first["document"]["meta"]["desk"], "world");
    assert_eq!(first["document"]["id"].as_str().unwrap().len(), 32);
    for key in ["actors", "statements", "events", "claims"] {
        assert!(first[key].is_array(), "{key} must be an array");
    }
    assert_eq!(lines[1]["document"]["title"], "Drones over Kyiv");
    assert!(lines[1]["document"]["url"].is_null());
}

#[test]
fn search_shows_snippets_and_docs_lists_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "n.jsonl", GOOD_JSONL);
    let db = dir.path().join("d.db");
    dossier()
        .args(["ingest", "-q", &input, "--db"])
        .arg(&db)
        .assert()
        .success();
    dossier()
        .args(["search", "shahed", "--db"])
        .arg(&db)
        .assert()
        .success()
        .stdout(predicate::str::contains("[Shahed]"))
        .stdout(predicate::str::contains("Drones over Kyiv"));
    let out = dossier()
        .args(["docs", "--format", "json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let docs: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(docs[0]["title"], "Tehran rejects drone claims");
    assert_eq!(docs[1]["title"], "Drones over Kyiv");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "n.jsonl", GOOD_JSONL);
    let db = write(dir.path(), "notes.db", &"my notes\n".repeat(300));
    dossier()
        .args(["ingest", &input, "--db", &db])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("notes.db: not a dossier database"));
    assert!(fs::read_to_string(&db).unwrap().starts_with("my notes"));
}

#[test]
fn usage_errors_exit_with_2() {
    dossier()
        .args(["ingest", "--no-such-flag"])
        .assert()
        .code(2);
}

#[test]
fn demo_builds_a_fresh_database_and_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    for _ in 0..2 {
        dossier()
            .args(["demo", "--db"])
            .arg(&db)
            .assert()
            .success()
            .stdout(predicate::str::contains("16 new"))
            .stdout(predicate::str::contains(
                "Iranian commander denies missiles were sent to Russia",
            ));
    }
    assert_eq!(count_docs(&db), 16);
}

#[test]
fn a_lexicon_overlay_adds_actors_and_reports_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "lex/outlets.tsv",
        "# a local outlet\nOUTLET.NORTHERN_LEDGER\tNorthern Ledger\toutlet\tNOR\tthe Northern Ledger\n",
    );
    let doc = r#"{"text":"The Northern Ledger reported that Norway would send air defence systems to Ukraine."}"#;
    let out = dossier()
        .arg("extract")
        .arg("--lexicon")
        .arg(dir.path().join("lex"))
        .write_stdin(doc)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let x: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = x["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"OUTLET.NORTHERN_LEDGER"), "{ids:?}");

    let bad = write(dir.path(), "bad/outlets.tsv", "# header\nONLY ONE COLUMN\n");
    dossier()
        .arg("extract")
        .arg("--lexicon")
        .arg(dir.path().join("bad"))
        .write_stdin(doc)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("{bad}:2: ")));
}

#[test]
fn extract_keeps_one_record_per_input_document_even_when_texts_repeat() {
    let twice = format!("{GOOD_JSONL}{GOOD_JSONL}");
    let out = dossier()
        .args(["extract", "-"])
        .write_stdin(twice)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 4);
}

#[test]
fn min_confidence_hides_low_confidence_ledger_rows_and_checks_its_range() {
    let tmp = tempfile::tempdir().unwrap();
    // One named denial (high confidence) and one assertion by an unresolvable "she" (the only
    // person named is a man: the pronoun stays unresolved, at low confidence).
    let input = write(
        tmp.path(),
        "a.txt",
        "Russian Foreign Minister Sergei Lavrov said Iran had not sent drones to Russia. She said Iran had sent drones to Russia.",
    );
    let db = tmp.path().join("d.db");
    dossier()
        .args(["ingest", &input, "--db"])
        .arg(&db)
        .assert()
        .success();
    let out = dossier()
        .args(["claims", "--format", "json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let claims: Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = claims
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|c| c["claim"].as_str().is_some_and(|s| s.contains("drones")))
        })
        .and_then(|c| c["id"].as_str())
        .expect("a claim about drones")
        .to_string();
    let rows = |min: &str| -> usize {
        let out = dossier()
            .args([
                "claim",
                &id,
                "--format",
                "json",
                "--min-confidence",
                min,
                "--db",
            ])
            .arg(&db)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["ledger"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["source"] == "statement")
            .count()
    };
    let all = rows("0");
    let kept = rows("0.5");
    assert!(all >= 2, "both statements are in the ledger");
    assert_eq!(kept, all - 1, "the unresolved pronoun's row is hidden");
    dossier()
        .args(["claim", &id, "--min-confidence", "1.5", "--db"])
        .arg(&db)
        .assert()
        .failure()
        .stderr(predicate::str::contains("between 0 and 1"));
}
