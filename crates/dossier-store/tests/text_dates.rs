//! Dates the text gives (issue 20) on ledger rows and timelines, stored and read back on both
//! backends: an article published on Wednesday 2024-08-07 saying Tehran denied it "on Monday"
//! puts its row and its status change on 2024-08-05 (text, day); an article that gives no date
//! keeps its publication date. PostgreSQL runs under `scripts/with-pg.sh` (skips with a message
//! otherwise; `DOSSIER_REQUIRE_PG=1` makes it fail instead).

use dossier_core::dates::Shown;
use dossier_core::ledger::{ClaimRecord, ClaimStatus};
use dossier_core::model::Granularity;
use dossier_core::{make_document, DocumentHeader};
use dossier_store::testing::TempPg;
use dossier_store::{Backend, ClaimFilter, Incoming, Page};

fn put(store: &mut dyn Backend, text: &str, outlet: &str, published: &str) {
    let d = make_document(
        text,
        DocumentHeader {
            title: Some(format!("{outlet} {published}")),
            outlet: Some(outlet.into()),
            published: Some(published.into()),
            ..Default::default()
        },
    );
    let x = dossier_core::extract(&d);
    store
        .put_batch(&[Incoming {
            document: &d,
            extraction: &x,
            origin: "test",
        }])
        .unwrap();
}

/// The missile-transfer claim after the storyline (asserted on Friday, denied "on Monday").
fn storyline(store: &mut dyn Backend) -> ClaimRecord {
    put(
        store,
        "Ukrainian intelligence said Iran sent ballistic missiles to Russia.",
        "Kyiv Wire",
        "2024-08-02",
    );
    put(
        store,
        "Iran's foreign ministry denied on Monday that Iran sent ballistic missiles to Russia, \
         calling the reports baseless.",
        "Gulf Monitor",
        "2024-08-07",
    );
    let all = store
        .claims(
            &ClaimFilter::default(),
            Page {
                limit: 100,
                offset: 0,
            },
        )
        .unwrap();
    let c = all
        .iter()
        .find(|c| c.claim == "Iran transferred missiles to Russia")
        .unwrap_or_else(|| {
            panic!(
                "no transfer claim in {:?}",
                all.iter().map(|c| &c.claim).collect::<Vec<_>>()
            )
        });
    store.claim(&c.id).unwrap().expect("claim reads back")
}

fn check(c: &ClaimRecord) {
    assert_eq!(c.status, ClaimStatus::Disputed, "{c:#?}");
    // The denial's row: the text's date, at day granularity, with the words that say it.
    let denial = c
        .ledger
        .iter()
        .find(|e| e.published.as_deref() == Some("2024-08-07"))
        .expect("the denial's row");
    let d = denial
        .date
        .as_ref()
        .expect("the denial is dated by its text");
    assert_eq!(d.value, "2024-08-05");
    assert_eq!(d.granularity, Granularity::Day);
    assert_eq!(d.evidence.text, "on Monday");
    // The report's row gives no date: shown with its publication date, and saying so.
    let report = c
        .ledger
        .iter()
        .find(|e| e.published.as_deref() == Some("2024-08-02"))
        .expect("the report's row");
    assert_eq!(report.date, None);
    assert_eq!(
        Shown::new(report.date.as_ref(), report.published.as_deref()).to_string(),
        "2024-08-02 (published)"
    );
    // The timeline: reported on the day published, disputed on the Monday the text names.
    let shown: Vec<String> = c
        .timeline
        .iter()
        .map(|t| {
            format!(
                "{} {}",
                Shown::new(t.date.as_ref(), t.published.as_deref()),
                t.to.as_str()
            )
        })
        .collect();
    assert_eq!(
        shown.last().map(String::as_str),
        Some("2024-08-05 (text: \"on Monday\", day) disputed"),
        "{shown:?}"
    );
    assert!(shown[0].starts_with("2024-08-02 (published) "), "{shown:?}");
    // The brief says the same, and which date it is.
    let md = dossier_core::brief::brief(c, &[]).to_markdown();
    assert!(
        md.contains("(2024-08-05; text: \"on Monday\", day)"),
        "{md}"
    );
    assert!(md.contains("(2024-08-02; published)"), "{md}");
    // The status rules still order by publication.
    assert_eq!(
        c.timeline.last().unwrap().published.as_deref(),
        Some("2024-08-07")
    );
}

#[test]
fn text_dates_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut store = dossier_store::open(path.to_str().unwrap()).unwrap();
    let c = storyline(&mut *store);
    check(&c);
    drop(store);
    // Rows written before migration 6 have no text date: they read back with their
    // publication date, and the claim stays whole.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "UPDATE ledger SET text_date = NULL; UPDATE status_changes SET text_date = NULL;",
    )
    .unwrap();
    drop(conn);
    let store = dossier_store::open(path.to_str().unwrap()).unwrap();
    let old = store.claim(&c.id).unwrap().unwrap();
    assert_eq!(old.status, ClaimStatus::Disputed);
    assert_eq!(old.ledger.len(), c.ledger.len());
    assert!(old.ledger.iter().all(|e| e.date.is_none()));
    assert_eq!(
        Shown::new(None, old.timeline.last().unwrap().published.as_deref()).to_string(),
        "2024-08-07 (published)"
    );
}

#[test]
fn text_dates_on_postgres() {
    let Some(pg) = TempPg::new() else {
        return;
    };
    let mut store = dossier_store::open(&pg.url).unwrap();
    check(&storyline(&mut *store));
}
