//! Extraction of a document is independent of the documents around it (issue 12), through the
//! real binary: batching, parallel extraction and input order must not change a record.

use assert_cmd::Command;
use serde_json::Value;

fn dossier() -> Command {
    let mut c = Command::cargo_bin("dossier").unwrap();
    c.env_remove("DOSSIER_DB");
    c
}

const DOCS: &[&str] = &[
    r#"{"text":"Brigadier General Fazlollah Nozari dismissed the claims. He was quoted by the Iranian Labour News Agency as saying, \"No missile was sent to Russia.\"","title":"Commander denies transfer","published":"2024-09-07"}"#,
    r#"{"text":"CNN and the Wall Street Journal reported, citing unnamed sources, that Iran had transferred short-range ballistic missiles to Russia.","title":"Reports of transfer","published":"2024-09-06"}"#,
    r#"{"text":"Kremlin spokesman Dmitry Peskov said Iran was a key partner, but declined to comment on the reports. He said Moscow would not discuss military cooperation.","title":"Kremlin declines comment","published":"2024-09-06"}"#,
    r#"{"text":"Ukraine's foreign ministry said any transfer would be a significant escalation and warned that Kyiv would respond.","title":"Kyiv warns","published":"2024-09-08"}"#,
    r#"{"text":"The State Department said the United States was deeply concerned, according to a spokesman who spoke to reporters in Washington.","title":"Washington concerned","published":"2024-09-09"}"#,
];

fn extract(lines: &[&str], jobs: &str) -> Vec<Value> {
    let input = lines.join("\n") + "\n";
    let out = dossier()
        .args(["extract", "-", "--jobs", jobs])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn a_record_is_the_same_alone_among_others_and_in_any_order() {
    let alone: Vec<Value> = DOCS.iter().map(|d| extract(&[d], "1").remove(0)).collect();
    assert!(
        alone
            .iter()
            .any(|r| !r["statements"].as_array().unwrap().is_empty()),
        "the documents should carry statements"
    );
    // All together, in order and reversed, one thread and several.
    let together = extract(DOCS, "2");
    assert_eq!(together, alone);
    let mut reversed_in: Vec<&str> = DOCS.to_vec();
    reversed_in.reverse();
    let mut reversed = extract(&reversed_in, "1");
    reversed.reverse();
    assert_eq!(reversed, alone);
    // Surrounded by bad lines and repeats: the good records are unchanged.
    let mut noisy: Vec<&str> = Vec::new();
    for d in DOCS {
        noisy.extend(["{broken", d, r#"{"title":"no text"}"#]);
    }
    let out = dossier()
        .args(["extract", "-"])
        .write_stdin(noisy.join("\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let records: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records, alone);
}
