//! The CLI on PostgreSQL: `--db postgres://…` (and `DOSSIER_DB`) gives the same answers as a
//! SQLite file for the same input. Needs `DATABASE_URL` (run under `scripts/with-pg.sh`);
//! without it the tests print SKIP and pass, unless `DOSSIER_REQUIRE_PG=1`.

use assert_cmd::Command;
use dossier_store::testing::TempPg;
use serde_json::Value;
use std::path::Path;

fn dossier() -> Command {
    let mut c = Command::cargo_bin("dossier").unwrap();
    c.env_remove("DOSSIER_DB");
    c
}

const NEWS: &str = r#"{"text":"Ukrainian intelligence said Iran sent ballistic missiles to Russia.","title":"Missiles reported","outlet":"Kyiv Wire","published":"2024-09-06","url":"https://news.example/a"}
{"text":"Iran denied sending ballistic missiles to Russia, calling the reports baseless. The Kremlin declined to comment.","title":"Tehran denies","outlet":"Gulf Monitor","published":"2024-09-07"}
{"text":"U.S. Secretary of State Antony Blinken said Iran had sent ballistic missiles to Russia.","title":"Blinken confirms","outlet":"Atlantic Ledger","published":"2024-09-10"}
{"text":"Ukraine's air force said it shot down 40 Shahed drones overnight. Russia launched drones at Kyiv, the mayor said.","title":"Drones","outlet":"Kyiv Wire","published":"2024-10-01"}
{"text":"Hezbollah denied firing rockets at Israel. Israel struck targets in Lebanon, the Israeli military said.","title":"Strikes","outlet":"Levant Times","published":"2024-10-03"}
"#;

/// Run dossier with `args`, expecting success; its standard output.
fn run(args: &[&str], db: &str) -> String {
    let out = dossier().args(args).args(["--db", db]).output().unwrap();
    assert!(
        out.status.success(),
        "dossier {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn ingest(input: &Path, db: &str) {
    run(&["ingest", "--quiet", input.to_str().unwrap()], db);
}

#[test]
fn claims_on_postgres_match_sqlite() {
    let Some(pg) = TempPg::new() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, NEWS).unwrap();
    let sqlite = dir.path().join("d.db");
    let sqlite = sqlite.to_str().unwrap();

    ingest(&input, sqlite);
    ingest(&input, &pg.url);
    // Ingesting again stores nothing new on either.
    ingest(&input, &pg.url);

    let lite: Value = serde_json::from_str(&run(&["claims", "--format", "json"], sqlite)).unwrap();
    let post: Value = serde_json::from_str(&run(&["claims", "--format", "json"], &pg.url)).unwrap();
    assert!(
        lite.as_array().is_some_and(|a| !a.is_empty()),
        "no claims: {lite:#}"
    );
    assert_eq!(lite, post);

    // The other readers agree too.
    for args in [
        &["contradictions", "--format", "json"][..],
        &["export", "--format", "claimreview"][..],
        &["export", "--format", "csv"][..],
        &["graph", "--format", "json"][..],
    ] {
        assert_eq!(run(args, sqlite), run(args, &pg.url), "dossier {args:?}");
    }
    // Search finds the same documents (ranks and snippets are each engine's own).
    let hits = |db: &str| {
        let v: Value =
            serde_json::from_str(&run(&["search", "--format", "json", "missiles"], db)).unwrap();
        let mut ids: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(hits(sqlite).len(), 3);
    assert_eq!(hits(sqlite), hits(&pg.url));
    let stats: Value = serde_json::from_str(&run(&["stats", "--format", "json"], &pg.url)).unwrap();
    assert_eq!(stats["documents"], 5);

    // DOSSIER_DB names the database as well as --db does.
    let out = dossier()
        .args(["claims", "--format", "json"])
        .env("DOSSIER_DB", &pg.url)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), post);
}

#[test]
fn an_unreachable_server_is_named_without_its_password() {
    let out = dossier()
        .args(["stats", "--db", "postgres://ana:hunter2@127.0.0.1:9/news"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("postgres://ana:***@127.0.0.1:9/news: cannot open PostgreSQL database"),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "{err}");
}
