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
