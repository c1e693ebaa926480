//! `dossier ingest` extracts batch N + 1 while it writes batch N. These tests check that the
//! overlap changes nothing a user can see: a broken JSONL line is still rejected as
//! `file:line: reason` and the rest stored, duplicates across batches are still counted, and
//! the store holds exactly what ingesting the same documents one batch per process (no overlap
//! possible) gives.

mod common;

use common::{dossier, run_ok, write};
use std::path::Path;

const ACTORS: [&str; 8] = [
    "Russia", "Ukraine", "Iran", "Israel", "Turkey", "Syria", "Poland", "Egypt",
];
const OUTLETS: [&str; 4] = [
    "Baltic Wire",
    "Gulf Monitor",
    "Meridian Post",
    "Atlantic Ledger",
];

/// Short news reports, each distinct, in publication order: denials, accusations, shipments and
/// meetings between a handful of states, so claims recur across batches.
fn report(i: usize) -> String {
    let a = ACTORS[i % ACTORS.len()];
    let b = ACTORS[(i / ACTORS.len() + 1 + i) % ACTORS.len()];
    let b = if a == b { "Lebanon" } else { b };
    let outlet = OUTLETS[i % OUTLETS.len()];
    let text = match i % 5 {
        0 => format!("{a}'s foreign ministry denied that {a} had sent attack drones to {b}, {outlet} reported in dispatch {i}."),
        1 => format!("Officials in {b} said that {a} had shelled border villages overnight, according to dispatch {i} by {outlet}."),
        2 => format!("The defence minister of {a} met his counterpart from {b} on Tuesday to discuss a ceasefire (report {i})."),
        3 => format!("{a} accused {b} of violating the truce, {outlet} said in bulletin {i}."),
        _ => format!("\"We have not supplied any weapons to {b},\" a spokesman for {a} told {outlet} in interview {i}."),
    };
    let minute = i % 60;
    let hour = (i / 60) % 24;
    let day = 1 + i / 1440;
    serde_json::json!({
        "title": format!("Report {i}"),
        "text": text,
        "outlet": outlet,
        "published": format!("2024-03-{day:02}T{hour:02}:{minute:02}:00Z"),
    })
    .to_string()
}

fn export(db: &Path) -> String {
    String::from_utf8(run_ok(
        dossier()
            .args(["export", "--format", "jsonl", "--db"])
            .arg(db),
    ))
    .unwrap()
}

#[test]
fn overlapped_ingest_rejects_the_broken_line_keeps_the_rest_and_stores_what_serial_ingest_stores() {
    let dir = tempfile::tempdir().unwrap();
    // 600 distinct reports (three batches of 256, the last partial) plus two documents that
    // repeat reports of the first batch inside the later ones, and one broken line.
    let mut lines: Vec<String> = (0..600).map(report).collect();
    lines.insert(300, report(3));
    lines.insert(560, report(200));
    let broken_at = 420; // 0-based index: line 421 of the file
    lines.insert(
        broken_at,
        r#"{"text": "Turkey said that Syria had"#.to_string(),
    );
    let input = dir.path().join("news.jsonl");
    write(&input, &lines);

    let db = dir.path().join("overlap.db");
    let out = dossier()
        .arg("ingest")
        .arg(&input)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a rejected line exits 1: {stderr}"
    );
    let rejected: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with(&format!("{}:", input.display())))
        .collect();
    assert_eq!(rejected.len(), 1, "one rejection line: {stderr}");
    assert!(
        rejected[0].starts_with(&format!("{}:{}: ", input.display(), broken_at + 1)),
        "rejection names file:line: {}",
        rejected[0]
    );
    assert!(
        stderr.contains("602 documents read: 600 new, 2 duplicates, 1 rejected"),
        "summary: {stderr}"
    );

    // The serial reference: the same good lines, at most 200 per `dossier ingest` process, so
    // each process extracts one batch and writes it with nothing in flight.
    let good: Vec<String> = lines
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != broken_at)
        .map(|(_, l)| l.clone())
        .collect();
    let serial = dir.path().join("serial.db");
    for (k, piece) in good.chunks(200).enumerate() {
        let file = dir.path().join(format!("piece-{k}.jsonl"));
        write(&file, piece);
        run_ok(
            dossier()
                .arg("ingest")
                .arg(&file)
                .arg("--db")
                .arg(&serial)
                .arg("--quiet"),
        );
    }
    let (a, b) = (export(&db), export(&serial));
    assert_eq!(a.lines().count(), 600, "every good document is stored once");
    assert!(
        a == b,
        "the overlapped store's export differs from the serial one"
    );
    assert_eq!(common::claims(&db), common::claims(&serial));
}

#[test]
fn extract_output_keeps_input_order_across_overlapped_batches() {
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<String> = (0..530).map(report).collect();
    let input = dir.path().join("news.jsonl");
    write(&input, &lines);
    let out = run_ok(dossier().arg("extract").arg(&input));
    let records: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 530);
    for (i, (record, line)) in records.iter().zip(&lines).enumerate() {
        let sent: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(
            record["document"]["title"], sent["title"],
            "record {i} is not document {i}"
        );
    }
}

fn stored_documents(db: &Path) -> u64 {
    let out = run_ok(
        dossier()
            .args(["stats", "--format", "json", "--db"])
            .arg(db),
    );
    let stats: serde_json::Value = serde_json::from_slice(&out).unwrap();
    stats["documents"].as_u64().unwrap()
}

/// A feed piped in that stops sending: what it sent is extracted, written and committed once
/// the input has stalled a moment (the group is not held open, its write lock taken, waiting
/// for more) — a partial batch included — and the rest follows when the input resumes. The
/// store is the one ingesting the same lines from a file gives.
#[test]
fn a_stalled_input_is_committed_while_it_waits_and_the_rest_follows() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<String> = (0..400).map(report).collect();
    let db = dir.path().join("piped.db");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("dossier"))
        .env_remove("DOSSIER_DB")
        .args(["ingest", "-", "--quiet", "--db"])
        .arg(&db)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // One full batch and part of the next, then nothing.
    for l in &lines[..300] {
        writeln!(stdin, "{l}").unwrap();
    }
    stdin.flush().unwrap();
    let waited = std::time::Instant::now();
    let mut seen = 0;
    while waited.elapsed() < std::time::Duration::from_secs(120) {
        if db.exists() {
            seen = stored_documents(&db);
            if seen == 300 {
                break;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    assert_eq!(
        seen, 300,
        "the 300 documents sent are committed while the input waits"
    );
    assert!(child.try_wait().unwrap().is_none(), "ingest still reading");
    for l in &lines[300..] {
        writeln!(stdin, "{l}").unwrap();
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    assert_eq!(stored_documents(&db), 400);

    let input = dir.path().join("news.jsonl");
    write(&input, &lines);
    let from_file = dir.path().join("file.db");
    run_ok(
        dossier()
            .arg("ingest")
            .arg(&input)
            .arg("--db")
            .arg(&from_file)
            .arg("--quiet"),
    );
    assert!(
        export(&db) == export(&from_file),
        "piped and file stores differ"
    );
    assert_eq!(common::claims(&db), common::claims(&from_file));
}
