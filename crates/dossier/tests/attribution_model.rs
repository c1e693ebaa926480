//! The learned attribution cue model from the command line: `dossier train attribution` on a
//! small self-written brat corpus, the model loaded by `extract --attribution-model`, and clear
//! errors for a missing corpus or a damaged model file.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn dossier() -> Command {
    let mut c = Command::cargo_bin("dossier").unwrap();
    c.current_dir(root());
    c.env_remove("DOSSIER_ATTRIBUTION_MODEL");
    c
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dossier-attrib-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn train_without_a_corpus_is_a_clear_error() {
    let out = scratch("never.model");
    let a = dossier()
        .args(["train", "attribution", "--data", "no/such/dir", "--out"])
        .arg(&out)
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("no/such/dir"), "{err}");
    assert!(!out.exists());
}

#[test]
fn a_damaged_model_file_is_a_clear_error() {
    let bad = scratch("bad.model");
    std::fs::write(&bad, "not a model\n").unwrap();
    let a = dossier()
        .args(["extract", "--attribution-model"])
        .arg(&bad)
        .write_stdin("{\"text\":\"The minister said the talks would resume.\"}\n")
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(
        err.contains("bad.model") && err.contains("not a dossier attribution model"),
        "{err}"
    );
    let _ = std::fs::remove_file(bad);
}

#[test]
fn a_model_trained_on_a_brat_corpus_is_loaded_by_extract() {
    let model = scratch("fixture.model");
    dossier()
        .args([
            "train",
            "attribution",
            "--data",
            "crates/dossier-eval/tests/fixtures/brat",
            "--epochs",
            "5",
            "--out",
        ])
        .arg(&model)
        .assert()
        .success();
    let text = std::fs::read_to_string(&model).unwrap();
    assert!(
        text.starts_with("dossier-attribution-model 1\tthreshold="),
        "{text}"
    );
    let input = "{\"text\":\"Kyiv cut power to the region on Monday.\\n\\nThe council accused the police of hiding evidence.\"}\n";
    let with = dossier()
        .args(["extract", "--attribution-model"])
        .arg(&model)
        .write_stdin(input)
        .assert()
        .success();
    let out = String::from_utf8_lossy(&with.get_output().stdout).to_string();
    let x: serde_json::Value = serde_json::from_str(out.trim()).expect("one JSON line");
    let st = x["statements"].as_array().expect("statements");
    assert!(
        st.iter().any(|s| s["cue"]["text"] == "accused"
            && s["speaker"]["mention"]["text"] == "The council"
            && s["content"]["text"]
                .as_str()
                .is_some_and(|c| c.contains("the police"))),
        "{out}"
    );
    let _ = std::fs::remove_file(model);
}
