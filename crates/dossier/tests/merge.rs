//! `dossier merge`: extraction JSONL computed elsewhere (here: `dossier extract` on three
//! shards) folds into a store with the same claims, ledgers, statuses and timelines as one
//! `dossier ingest` of the whole input — whatever the order the shards arrive in — in SQLite
//! and, under `scripts/with-pg.sh` (DATABASE_URL), in PostgreSQL.

mod common;

use common::{claims, corpus, dossier, run_ok, write};
use serde_json::Value;
use std::path::Path;

fn stats(db: &Path) -> Value {
    let out = run_ok(
        dossier()
            .args(["stats", "--format", "json", "--db"])
            .arg(db),
    );
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn shards_merged_in_any_order_give_the_claims_of_one_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let lines = corpus(3, 300);
    let n = lines.len();
    let whole = dir.path().join("whole.jsonl");
    write(&whole, &lines);

    // Reference: one ingest of everything.
    let reference_db = dir.path().join("ingest.db");
    run_ok(
        dossier()
            .arg("ingest")
            .arg(&whole)
            .arg("--db")
            .arg(&reference_db),
    );
    let reference = claims(&reference_db);
    assert!(
        reference.as_array().unwrap().len() >= 5,
        "the corpus should yield claims: {reference}"
    );
    let statuses: std::collections::BTreeSet<&str> = reference
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["status"].as_str())
        .collect();
    assert!(statuses.len() >= 3, "several statuses: {statuses:?}");

    // Three interleaved shards (round robin, so each holds part of every storyline), each
    // extracted separately.
    let mut shards = Vec::new();
    for s in 0..3 {
        let part: Vec<String> = lines.iter().skip(s).step_by(3).cloned().collect();
        let input = dir.path().join(format!("shard{s}.jsonl"));
        write(&input, &part);
        let out = run_ok(dossier().arg("extract").arg(&input));
        let extracted = dir.path().join(format!("extracted{s}.jsonl"));
        std::fs::write(&extracted, out).unwrap();
        shards.push(extracted);
    }

    for (name, order) in [("abc", [0, 1, 2]), ("cab", [2, 0, 1]), ("bca", [1, 2, 0])] {
        let db = dir.path().join(format!("{name}.db"));
        // One merge per shard, in this order, as shards finishing at different times would.
        for &s in &order {
            run_ok(dossier().arg("merge").arg(&shards[s]).arg("--db").arg(&db));
        }
        assert_eq!(stats(&db)["documents"], n, "{name}: every record stored");
        assert_eq!(
            claims(&db),
            reference,
            "{name}: merged claims differ from the ingest's"
        );
    }

    // All shards in one merge, records in the original order: identical, names included.
    let db = dir.path().join("in-order.db");
    let mut interleaved = Vec::new();
    let texts: Vec<String> = shards
        .iter()
        .map(|s| std::fs::read_to_string(s).unwrap())
        .collect();
    let per_shard: Vec<Vec<&str>> = texts.iter().map(|t| t.lines().collect()).collect();
    for i in 0..n {
        interleaved.push(per_shard[i % 3][i / 3].to_string());
    }
    let in_order = dir.path().join("in-order.jsonl");
    write(&in_order, &interleaved);
    run_ok(dossier().arg("merge").arg(&in_order).arg("--db").arg(&db));
    assert_eq!(claims(&db), reference, "merged in input order: identical");

    // Merging the same shard again changes nothing: every record is a duplicate.
    let db = dir.path().join("abc.db");
    let out = dossier()
        .arg("merge")
        .arg(&shards[1])
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(" 0 new"), "{stderr}");
    assert_eq!(claims(&db), reference);
}

#[test]
fn a_directory_of_part_files_merges_and_skips_markers() {
    let dir = tempfile::tempdir().unwrap();
    let lines = corpus(1, 0);
    let input = dir.path().join("in.jsonl");
    write(&input, &lines);
    let out = run_ok(dossier().arg("extract").arg(&input));
    let text = String::from_utf8(out).unwrap();
    let records: Vec<&str> = text.lines().collect();
    assert_eq!(records.len(), lines.len());
    // What Spark's saveAsTextFile leaves: part files, a _SUCCESS marker, .crc checksums.
    let parts = dir.path().join("extracted");
    std::fs::create_dir(&parts).unwrap();
    let half = records.len() / 2;
    write(
        &parts.join("part-00000"),
        &records[..half]
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>(),
    );
    write(
        &parts.join("part-00001"),
        &records[half..]
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>(),
    );
    std::fs::write(parts.join("_SUCCESS"), "").unwrap();
    std::fs::write(parts.join(".part-00000.crc"), [0u8, 1, 2, 255]).unwrap();

    let merged = dir.path().join("merged.db");
    run_ok(dossier().arg("merge").arg(&parts).arg("--db").arg(&merged));
    let ingested = dir.path().join("ingested.db");
    run_ok(
        dossier()
            .arg("ingest")
            .arg(&input)
            .arg("--db")
            .arg(&ingested),
    );
    assert_eq!(stats(&merged)["documents"], lines.len());
    assert_eq!(claims(&merged), claims(&ingested));
}

#[test]
fn broken_lines_are_reported_by_file_and_line_and_the_good_ones_kept() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    write(&input, &corpus(1, 0));
    let out = String::from_utf8(run_ok(dossier().arg("extract").arg(&input))).unwrap();
    let good: Vec<&str> = out.lines().collect();
    // Line 2: truncated JSON; line 4: JSON, but not an extraction record; line 6: no id;
    // line 8: a text that does not hash to its id.
    let mut doctored: serde_json::Value = serde_json::from_str(good[3]).unwrap();
    doctored["text"] = Value::String("Not the text this record was extracted from.".into());
    let mut no_id: serde_json::Value = serde_json::from_str(good[4]).unwrap();
    no_id["document"]["id"] = Value::String(String::new());
    let lines = [
        good[0].to_string(),
        good[1][..good[1].len() / 2].to_string(),
        good[1].to_string(),
        r#"{"text": "Iran denied the report."}"#.to_string(),
        good[2].to_string(),
        no_id.to_string(),
        String::new(),
        doctored.to_string(),
    ];
    let bad = dir.path().join("extracted.jsonl");
    write(&bad, &lines);
    let db = dir.path().join("m.db");
    let out = dossier()
        .arg("merge")
        .arg(&bad)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "some lines were rejected");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let name = bad.display().to_string();
    for line in [2, 4, 6, 8] {
        assert!(
            stderr.contains(&format!("{name}:{line}: ")),
            "line {line} reported: {stderr}"
        );
    }
    assert!(
        !stderr.contains(&format!("{name}:7:")),
        "a blank line is not an error: {stderr}"
    );
    assert!(stderr.contains("does not match document.id"), "{stderr}");
    // Lines 1, 3 and 5 are stored.
    assert_eq!(stats(&db)["documents"], 3);
    // A missing file is an input rejected, not a crash.
    let out = dossier()
        .arg("merge")
        .arg(dir.path().join("missing.jsonl"))
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.jsonl: cannot read"));
}

#[test]
fn a_record_carrying_its_normalised_text_is_stored_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Iran's foreign ministry denied on Tuesday that it had sent drones to Russia.";
    let input = dir.path().join("one.jsonl");
    write(
        &input,
        &[serde_json::json!({"title": "Denial", "text": text}).to_string()],
    );
    let out = String::from_utf8(run_ok(dossier().arg("extract").arg(&input))).unwrap();
    let mut record: Value = serde_json::from_str(out.trim()).unwrap();
    record["text"] = Value::String(text.into());
    let extracted = dir.path().join("x.jsonl");
    write(&extracted, &[record.to_string()]);
    let db = dir.path().join("t.db");
    run_ok(dossier().arg("merge").arg(&extracted).arg("--db").arg(&db));
    let hits = run_ok(
        dossier()
            .args(["search", "drones", "--format", "json", "--db"])
            .arg(&db),
    );
    let hits: Value = serde_json::from_slice(&hits).unwrap();
    assert_eq!(hits.as_array().unwrap().len(), 1, "{hits}");
    assert_eq!(hits[0]["id"], record["document"]["id"]);
}

/// A fresh PostgreSQL database for one test (dropped after it), from DATABASE_URL; `None` with a
/// SKIP message when it is unset, unless DOSSIER_REQUIRE_PG=1.
struct PgDb {
    admin_url: String,
    name: String,
    url: String,
}

impl PgDb {
    fn new(tag: &str) -> Option<PgDb> {
        let Ok(admin_url) = std::env::var("DATABASE_URL") else {
            assert!(
                std::env::var("DOSSIER_REQUIRE_PG").as_deref() != Ok("1"),
                "DOSSIER_REQUIRE_PG=1 but DATABASE_URL is not set"
            );
            eprintln!("SKIP: {tag}: need DATABASE_URL (run under scripts/with-pg.sh)");
            return None;
        };
        let name = format!("dossier_merge_{tag}_{}", std::process::id());
        let mut c = postgres::Client::connect(&admin_url, postgres::NoTls).unwrap();
        c.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .unwrap();
        c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let base = admin_url
            .rsplit_once('/')
            .map_or(admin_url.as_str(), |p| p.0);
        let url = format!("{base}/{name}");
        Some(PgDb {
            admin_url,
            name,
            url,
        })
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin_url, postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

#[test]
fn shards_merge_into_postgresql_like_into_sqlite() {
    let Some(pg) = PgDb::new("shards") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let lines = corpus(2, 100);
    let whole = dir.path().join("whole.jsonl");
    write(&whole, &lines);
    let reference_db = dir.path().join("ingest.db");
    run_ok(
        dossier()
            .arg("ingest")
            .arg(&whole)
            .arg("--db")
            .arg(&reference_db),
    );
    let reference = claims(&reference_db);

    let mut shards = Vec::new();
    for s in 0..2 {
        let part: Vec<String> = lines.iter().skip(s).step_by(2).cloned().collect();
        let input = dir.path().join(format!("shard{s}.jsonl"));
        write(&input, &part);
        let extracted = dir.path().join(format!("extracted{s}.jsonl"));
        std::fs::write(&extracted, run_ok(dossier().arg("extract").arg(&input))).unwrap();
        shards.push(extracted);
    }
    // Second shard first.
    for s in [1, 0] {
        run_ok(
            dossier()
                .arg("merge")
                .arg(&shards[s])
                .arg("--db")
                .arg(&pg.url),
        );
    }
    let out = run_ok(
        dossier()
            .args(["claims", "--format", "json", "--limit", "1000000", "--db"])
            .arg(&pg.url),
    );
    let merged: Value = serde_json::from_slice(&out).unwrap();
    assert!(reference.as_array().unwrap().len() >= 5);
    assert_eq!(merged, reference);
    let out = run_ok(
        dossier()
            .args(["stats", "--format", "json", "--db"])
            .arg(&pg.url),
    );
    let stats: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(stats["documents"], lines.len());
}
