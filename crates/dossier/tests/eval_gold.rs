//! `dossier eval claims` and `dossier eval veracity` from the command line: a clear error
//! without the shared data, and the report lines when it is there (`../shared/data` beside the
//! workspace, or `DOSSIER_SHARED_DATA`; SKIP printed otherwise).

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn shared() -> Option<PathBuf> {
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
    let p = PathBuf::from(std::env::var("DOSSIER_SHARED_DATA").unwrap_or_else(|_| default.into()));
    if p.join("stance/fnc-1/train_bodies.csv").is_file() {
        Some(p)
    } else {
        eprintln!("SKIP: {} not found (shared data absent)", p.display());
        None
    }
}

fn dossier() -> Command {
    let mut c = Command::cargo_bin("dossier").unwrap();
    c.current_dir(root());
    c
}

#[test]
fn eval_claims_without_data_is_a_clear_error() {
    let out = dossier()
        .args(["eval", "claims", "--data", "/nonexistent/shared"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("shared data not found"), "{err}");
    let out = dossier()
        .args(["eval", "claims", "--split", "test"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown split is a usage error"
    );
}

#[test]
fn eval_veracity_without_data_is_a_clear_error() {
    let out = dossier()
        .args(["eval", "veracity", "--data", "/nonexistent/emergent"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/emergent"), "{err}");
}

#[test]
fn eval_claims_prints_both_halves() {
    let Some(data) = shared() else {
        eprintln!("SKIP eval_claims_prints_both_halves");
        return;
    };
    let out = dossier()
        .args(["eval", "claims", "--verbose", "--data"])
        .arg(&data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "[tune]",
        "[heldout]",
        "events: precision",
        "claims: precision",
        "(central",
        "statements: precision",
        "speaker accuracy",
    ] {
        assert!(text.contains(needle), "{needle} missing in\n{text}");
    }
    assert!(
        text.contains(" FP ") || text.contains(" MISS "),
        "--verbose lists items"
    );
}
