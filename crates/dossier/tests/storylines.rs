//! Storylines end to end: three stories told over weeks by different (fictional) outlets,
//! ingested with the real binary, and the claims, timelines, contradictions, changes and briefs
//! that come out of them.
//!
//! - `shells.jsonl`: North Korea and artillery shells for Russia. Anonymous reports only (stays
//!   unverified, even from two outlets), then a denial by the party (disputed), then a named US
//!   official contradicting it (still disputed).
//! - `drones.jsonl`: Iran and drones for Russia. Anonymous report, denial by Iran's spokesman,
//!   named Ukrainian support, and finally an admission by Iran's foreign minister (confirmed).
//!   The Kremlin's "Iran is a key partner" and Tehran's "Iran supports no party" contradict.
//! - `jets.jsonl`: a senator says Poland delivered fighter jets to Ukraine (reported), then
//!   retracts it (denied).

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn dossier() -> Command {
    let mut c = Command::cargo_bin("dossier").unwrap();
    c.env_remove("DOSSIER_DB");
    c
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/storylines")
}

fn ingest(db: &Path, inputs: &[PathBuf]) {
    let out = dossier()
        .arg("ingest")
        .args(inputs)
        .arg("--db")
        .arg(db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn json(db: &Path, args: &[&str]) -> Value {
    let out = dossier()
        .args(args)
        .args(["--format", "json", "--db"])
        .arg(db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "dossier {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "dossier {args:?} printed no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// The one claim with this subject, predicate, target and object.
fn find<'a>(
    claims: &'a Value,
    subject: &str,
    predicate: &str,
    target: Option<&str>,
    object: Option<&str>,
) -> &'a Value {
    let found: Vec<&Value> = claims
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| {
            c["subject"]["id"] == subject
                && c["predicate"] == predicate
                && c["target"]["id"].as_str() == target
                && c["object"].as_str() == object
        })
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one claim {subject} {predicate} {target:?} {object:?} in {}",
        serde_json::to_string_pretty(claims).unwrap()
    );
    found[0]
}

fn steps(claim: &Value) -> Vec<(String, String)> {
    claim["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["published"].as_str().unwrap_or("").to_string(),
                s["to"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn all_storylines() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    ingest(&db, &[fixtures()]);
    (dir, db)
}

#[test]
fn the_fixtures_are_fifteen_articles_from_several_outlets_over_weeks() {
    let mut outlets = std::collections::BTreeSet::new();
    let mut n = 0;
    for f in ["shells.jsonl", "drones.jsonl", "jets.jsonl"] {
        let text = std::fs::read_to_string(fixtures().join(f)).unwrap();
        let dates: Vec<String> = text
            .lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                outlets.insert(v["outlet"].as_str().unwrap().to_string());
                n += 1;
                v["published"].as_str().unwrap().to_string()
            })
            .collect();
        assert!(dates.windows(2).all(|w| w[0] < w[1]), "{f}: in date order");
    }
    assert!(n >= 15, "{n} articles");
    assert!(outlets.len() >= 8, "{outlets:?}");
}

#[test]
fn anonymous_only_reports_stay_unverified_until_the_party_denies() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("anon.db");
    // The first two shells articles: two outlets, both citing unnamed officials.
    let text = std::fs::read_to_string(fixtures().join("shells.jsonl")).unwrap();
    let first_two: String = text.lines().take(2).map(|l| format!("{l}\n")).collect();
    let early = dir.path().join("early.jsonl");
    std::fs::write(&early, first_two).unwrap();
    ingest(&db, std::slice::from_ref(&early));
    let claims = json(&db, &["claims"]);
    let c = find(
        &claims,
        "PRK",
        "transfer",
        Some("RUS"),
        Some("artillery shells"),
    );
    assert_eq!(c["status"], "unverified", "{}", c["explanation"]);
    // The article-stance model may add entries; they are supporting evidence only.
    let ledger: Vec<&Value> = c["ledger"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["source"] != "model")
        .collect();
    assert_eq!(ledger.len(), 2, "{}", c["ledger"]);
    assert!(ledger.iter().all(|e| e["sourcing"] == "anonymous"));
    assert!(
        c["explanation"]
            .as_str()
            .unwrap()
            .contains("citing unnamed sources"),
        "{}",
        c["explanation"]
    );

    // The rest of the story: the denial disputes it, named support keeps it disputed.
    ingest(&db, &[fixtures().join("shells.jsonl")]);
    let claims = json(&db, &["claims"]);
    let c = find(
        &claims,
        "PRK",
        "transfer",
        Some("RUS"),
        Some("artillery shells"),
    );
    assert_eq!(c["status"], "disputed", "{}", c["explanation"]);
    assert_eq!(
        steps(c),
        [
            ("2023-08-02".to_string(), "unverified".to_string()),
            ("2023-09-14".to_string(), "disputed".to_string()),
        ]
    );
    let stances: Vec<(&str, &str)> = c["ledger"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["published"].as_str().unwrap(),
                e["stance"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(stances.contains(&("2023-09-14", "denies")), "{stances:?}");
    assert!(stances.contains(&("2023-10-13", "asserts")), "{stances:?}");
}

#[test]
fn an_admission_by_the_party_confirms_after_a_denial() {
    let (_dir, db) = all_storylines();
    let claims = json(&db, &["claims"]);
    let c = find(&claims, "IRN", "transfer", Some("RUS"), Some("drones"));
    assert_eq!(c["status"], "confirmed", "{}", c["explanation"]);
    assert_eq!(
        steps(c),
        [
            ("2022-09-20".to_string(), "unverified".to_string()),
            ("2022-10-18".to_string(), "disputed".to_string()),
            ("2022-11-05".to_string(), "confirmed".to_string()),
        ]
    );
    let why = c["explanation"].as_str().unwrap();
    assert!(
        why.contains("acknowledged by Hossein Amir-Abdollahian"),
        "{why}"
    );
    // "supplied", "delivered", "supplied": one claim across four articles of three outlets.
    let outlets: std::collections::BTreeSet<&str> = c["ledger"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["outlet"].as_str())
        .collect();
    assert!(outlets.len() >= 3, "{outlets:?}");

    // `claim ID` (a prefix) gives the same record.
    let id = c["id"].as_str().unwrap();
    let one = json(&db, &["claim", &id[..10]]);
    assert_eq!(one["id"], c["id"]);
    assert_eq!(one["status"], "confirmed");

    // The brief: who says it, who denies it, and a bottom line with the status.
    let brief = json(&db, &["brief", id]);
    assert_eq!(brief["status"], "confirmed");
    let sections = brief["sections"].as_array().unwrap();
    let section = |h: &str| -> String {
        sections
            .iter()
            .filter(|s| s["heading"].as_str().is_some_and(|x| x.starts_with(h)))
            .flat_map(|s| s["sentences"].as_array().unwrap())
            .map(|s| s["text"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(section("Who says it").contains("Dmytro Kuleba"), "{brief}");
    assert!(
        section("Who says it").contains("Hossein Amir-Abdollahian"),
        "{brief}"
    );
    assert!(
        section("Who denies it").contains("Nasser Kanaani"),
        "{brief}"
    );
    assert!(section("Bottom line").contains("confirmed"), "{brief}");
    // The stakes stated in the texts: Kuleba's conditional warning.
    assert!(section("Why it matters").contains("sanctions"), "{brief}");
    // Every sentence that quotes a source cites its evidence.
    for s in sections
        .iter()
        .flat_map(|s| s["sentences"].as_array().unwrap())
        .filter(|s| s["text"].as_str().unwrap().contains('“'))
    {
        assert!(
            !s["citations"].as_array().unwrap().is_empty(),
            "uncited: {s}"
        );
    }

    // A watcher asking for changes since November sees the confirmation, not October's dispute.
    let changes = json(&db, &["changes", "--since", "2022-11-01"]);
    let mine: Vec<&Value> = changes
        .as_array()
        .unwrap()
        .iter()
        .filter(|ch| ch["claim"] == c["id"])
        .collect();
    assert_eq!(mine.len(), 1, "{changes}");
    assert_eq!(mine[0]["from"], "disputed");
    assert_eq!(mine[0]["to"], "confirmed");
}

#[test]
fn a_retraction_turns_named_support_into_a_denial() {
    let (_dir, db) = all_storylines();
    let claims = json(&db, &["claims"]);
    let c = find(&claims, "POL", "transfer", Some("UKR"), Some("aircraft"));
    assert_eq!(c["status"], "denied", "{}", c["explanation"]);
    assert_eq!(
        steps(c),
        [
            ("2023-03-02".to_string(), "reported".to_string()),
            ("2023-03-30".to_string(), "denied".to_string()),
        ]
    );
    let why = c["explanation"].as_str().unwrap();
    assert!(why.contains("retracted by Mark Ellison"), "{why}");
    // One voice withdrawing its own word is not a contradiction between two actors.
    let contradictions = json(&db, &["contradictions"]);
    assert!(contradictions
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["claim"] != c["id"]));
}

#[test]
fn two_actors_contradicting_each_other_are_listed() {
    let (_dir, db) = all_storylines();
    let claims = json(&db, &["claims"]);
    let contradictions = json(&db, &["contradictions"]);
    let pairs: Vec<(String, String, String)> = contradictions
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["claim"].as_str().unwrap().to_string(),
                x["asserts"]["speaker"]["name"]
                    .as_str()
                    .unwrap()
                    .to_string(),
                x["denies"]["speaker"]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();

    // Washington says the shells went to Russia; Pyongyang says they did not.
    let shells = find(
        &claims,
        "PRK",
        "transfer",
        Some("RUS"),
        Some("artillery shells"),
    );
    assert!(
        pairs.iter().any(|(id, a, d)| shells["id"] == id.as_str()
            && a == "John Kirby"
            && d.contains("North Korea")),
        "{pairs:?}"
    );

    // The Kremlin calls Iran a key partner; Tehran says it supports no party.
    let align = find(&claims, "IRN", "align", None, None);
    assert_eq!(align["status"], "disputed", "{}", align["explanation"]);
    assert!(
        pairs.iter().any(|(id, a, d)| align["id"] == id.as_str()
            && a == "Dmitry Peskov"
            && d == "Nasser Kanaani"),
        "{pairs:?}"
    );
}

#[test]
fn claim_ids_from_extract_match_the_store() {
    // Keys are deterministic: a pure `extract` of one article computes the id the store holds.
    let (_dir, db) = all_storylines();
    let out = dossier()
        .args(["extract", "--format", "jsonl"])
        .arg(fixtures().join("jets.jsonl"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let first: Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    let key = first["claims"][0]["key"].as_str().unwrap().to_string();
    let claims = json(&db, &["claims"]);
    let c = find(&claims, "POL", "transfer", Some("UKR"), Some("aircraft"));
    assert_eq!(c["id"].as_str().unwrap(), key);
}
