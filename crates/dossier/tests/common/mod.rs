//! Helpers shared by the scale-out tests (`merge`, `workers`, `spark`): one corpus with
//! distinct ids, written as JSONL; running the binary and reading its claims board.
#![allow(dead_code)] // each test binary uses a subset

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn storylines() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/storylines")
}

fn fnc1_bodies() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/stance/fnc-1/train_bodies.csv");
    p.exists().then_some(p)
}

/// The storyline articles `copies` times (each copy's text gets an edition line, so a distinct
/// id), then up to `fnc` FNC-1 article bodies when the shared data is there.
pub fn corpus(copies: usize, fnc: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(storylines())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for k in 0..copies {
        for f in &files {
            for line in std::fs::read_to_string(f).unwrap().lines() {
                let mut v: Value = serde_json::from_str(line).unwrap();
                if k > 0 {
                    let text = format!("{}\n\nEdition {k}.", v["text"].as_str().unwrap());
                    v["text"] = Value::String(text);
                }
                lines.push(v.to_string());
            }
        }
    }
    match fnc1_bodies() {
        Some(path) if fnc > 0 => {
            let mut reader = csv::Reader::from_path(path).unwrap();
            // FNC-1 repeats some bodies: keep distinct texts (whitespace-insensitive, as ids are).
            let mut seen = std::collections::HashSet::new();
            for rec in reader
                .records()
                .map(|r| r.unwrap())
                .filter(|r| seen.insert(r[1].split_whitespace().collect::<Vec<_>>().join(" ")))
                .take(fnc)
            {
                let v = serde_json::json!({"title": format!("FNC-1 body {}", &rec[0]), "text": &rec[1]});
                lines.push(v.to_string());
            }
        }
        _ if fnc > 0 => eprintln!("note: ../shared/data absent; using the storyline fixtures only"),
        _ => {}
    }
    lines
}

/// `lines` as a JSONL file.
pub fn write(path: &Path, lines: &[String]) {
    let mut s = lines.join("\n");
    s.push('\n');
    std::fs::write(path, s).unwrap();
}

/// The binary, with no database taken from the environment.
pub fn dossier() -> Command {
    let mut c = Command::cargo_bin("dossier").unwrap();
    c.env_remove("DOSSIER_DB");
    c
}

/// Run `cmd`, fail the test with its stderr unless it succeeds; its stdout.
pub fn run_ok(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The whole claims board of the store at `db`, as JSON.
pub fn claims(db: &Path) -> Value {
    let out = run_ok(
        dossier()
            .args(["claims", "--format", "json", "--limit", "1000000", "--db"])
            .arg(db),
    );
    serde_json::from_slice(&out).unwrap()
}
