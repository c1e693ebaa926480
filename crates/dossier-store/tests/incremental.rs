//! Incremental ledger maintenance (issue 19): claims whose aggregates were folded batch by
//! batch, in any arrival order and any batch split, equal a full recompute from the ledger
//! (`repair --dry-run` finds nothing) and equal a store fed the same documents in one batch.
//! On SQLite always; on PostgreSQL under `scripts/with-pg.sh` (DATABASE_URL), else `SKIP`.

mod store_harness;

use dossier_core::claims::{doc_claims, ClaimLexicon};
use dossier_core::model::*;
use dossier_store::testing::TempPg;
use dossier_store::{Backend, ClaimFilter, Page};
use proptest::prelude::*;

fn aref(id: &str, name: &str) -> ActorRef {
    ActorRef {
        id: id.into(),
        name: name.into(),
        mention: None,
    }
}

/// Who speaks: id, name, country, sourcing.
const CAST: &[(&str, &str, Option<&str>, Sourcing)] = &[
    ("ANON.sources", "unnamed sources", None, Sourcing::Anonymous),
    (
        "PERSON.fazlollah-nozari",
        "Fazlollah Nozari",
        Some("IRN"),
        Sourcing::Named,
    ),
    (
        "PERSON.antony-blinken",
        "Antony Blinken",
        Some("USA"),
        Sourcing::Named,
    ),
    (
        "IRN.MFA",
        "Iran's foreign ministry",
        Some("IRN"),
        Sourcing::OfficialBody,
    ),
    (
        "OUTLET.meridian-post",
        "Meridian Post",
        None,
        Sourcing::Outlet,
    ),
    (
        "RUS.MOD",
        "Russia's defence ministry",
        Some("RUS"),
        Sourcing::OfficialBody,
    ),
];
const OUTLETS: &[&str] = &["Meridian Post", "Gulf Monitor", "Atlantic Ledger"];
const OBJECTS: &[&str] = &["ballistic missiles", "attack drones"];

/// One article's varying parts.
#[derive(Debug, Clone)]
struct Spec {
    speaker: usize,
    /// 0 asserts, 1 denies, 2 hedges, 3 conditional (a note), 4 asserts with a relay.
    stance: usize,
    /// Day of September 2024; `None` undated.
    day: Option<u8>,
    outlet: usize,
    object: usize,
    /// The stance model's reading: none, agree, disagree, discuss.
    model: usize,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        0..CAST.len(),
        0..5usize,
        prop_oneof![4 => (1u8..8).prop_map(Some), 1 => Just(None)],
        0..OUTLETS.len(),
        0..OBJECTS.len(),
        0..4usize,
    )
        .prop_map(|(speaker, stance, day, outlet, object, model)| Spec {
            speaker,
            stance,
            day,
            outlet,
            object,
            model,
        })
}

/// An article from a spec (`n` makes its text, hence its id, unique).
fn article(n: usize, s: &Spec) -> (Document, Extraction) {
    let (sid, sname, country, sourcing) = CAST[s.speaker];
    let object = OBJECTS[s.object];
    let (stance, modality, cue) = match s.stance {
        0 | 4 => (Stance::Assert, Modality::Reported, "said"),
        1 => (Stance::Assert, Modality::Negated, "denied"),
        2 => (Stance::Hedge, Modality::Reported, "suggested"),
        _ => (Stance::Conditional, Modality::Hypothetical, "warned"),
    };
    let text = format!(
        "Report {n}: {sname} {cue} that Iran sent {object} to Russia, {} wrote.",
        OUTLETS[s.outlet]
    );
    let document = dossier_core::make_document(
        &text,
        DocumentHeader {
            published: s.day.map(|d| format!("2024-09-0{d}")),
            outlet: Some(OUTLETS[s.outlet].into()),
            ..Default::default()
        },
    );
    let content = Span {
        start: 0,
        end: document.text.chars().count(),
        text: document.text.clone(),
    };
    let via = if s.stance == 4 {
        vec![aref("OUTLET.ILNA", "ILNA")]
    } else {
        vec![]
    };
    let mut extraction = Extraction {
        document: document.header.clone(),
        actors: vec![Actor {
            id: sid.into(),
            name: sname.into(),
            kind: ActorKind::Person,
            country: country.map(str::to_string),
            role: None,
            affiliation: None,
            mentions: vec![],
        }],
        statements: vec![Statement {
            id: "s1".into(),
            speaker: aref(sid, sname),
            on_behalf_of: None,
            cue: Span {
                start: 0,
                end: 4,
                text: "said".into(),
            },
            mode: Mode::Indirect,
            stance,
            content: content.clone(),
            via,
            sourcing,
            confidence: 1.0,
            date: None,
        }],
        events: vec![Event {
            id: "e1".into(),
            source: aref("IRN", "Iran"),
            target: Some(aref("RUS", "Russia")),
            action: Action {
                cameo: "0721".into(),
                plover: "AID".into(),
                verb: "sent".into(),
            },
            object: Some(object.into()),
            modality,
            evidence: content,
            statement: Some("s1".into()),
            goldstein: 7.4,
            date: None,
            coref: Vec::new(),
            co_sources: vec![],
            co_targets: vec![],
        }],
        claims: vec![],
        article_stances: vec![],
    };
    if s.model > 0 {
        for c in doc_claims(&extraction, ClaimLexicon::embedded()) {
            extraction.article_stances.push(ArticleStance {
                claim: c.claim.key.clone(),
                label: ["agree", "disagree", "discuss"][s.model - 1].into(),
                confidence: 0.8,
            });
        }
    }
    (document, extraction)
}

fn put(store: &mut dyn Backend, docs: &[&(Document, Extraction)]) {
    store_harness::put(store, docs.iter().copied());
}

/// Every claim with its whole ledger and timeline, and the board, as JSON.
fn everything(store: &dyn Backend) -> serde_json::Value {
    let board = store
        .claims(&ClaimFilter::default(), Page::default())
        .unwrap();
    let full: Vec<_> = board
        .iter()
        .map(|c| store.claim(&c.id).unwrap().unwrap())
        .collect();
    serde_json::json!({ "board": board, "claims": full, "counts": store.claim_counts().unwrap() })
}

/// Feed `docs` in `order`, cut into batches of the given sizes, then check the store against
/// a full recompute and against a store fed everything at once.
fn check(
    make: &mut dyn FnMut() -> Box<dyn Backend>,
    docs: &[(Document, Extraction)],
    order: &[usize],
    cuts: &[usize],
) -> Result<(), TestCaseError> {
    let mut store = make();
    let mut rest: Vec<&(Document, Extraction)> = order.iter().map(|&i| &docs[i]).collect();
    let mut cuts = cuts.iter().cycle();
    while !rest.is_empty() {
        let n = (*cuts.next().unwrap()).clamp(1, rest.len());
        let batch: Vec<_> = rest.drain(..n).collect();
        put(&mut *store, &batch);
    }
    let report = store.repair(true).unwrap();
    prop_assert!(
        report.differences.is_empty(),
        "incremental aggregates differ from a full recompute: {:?}",
        report.differences
    );
    let mut once = make();
    put(&mut *once, &docs.iter().collect::<Vec<_>>());
    prop_assert_eq!(everything(&*store), everything(&*once));
    Ok(())
}

fn cases() -> impl Strategy<Value = (Vec<Spec>, Vec<usize>, Vec<usize>)> {
    proptest::collection::vec(spec(), 1..24).prop_flat_map(|specs| {
        let n = specs.len();
        (
            Just(specs),
            Just((0..n).collect::<Vec<_>>()).prop_shuffle(),
            proptest::collection::vec(1..6usize, 1..6),
        )
    })
}

fn sqlite() -> Box<dyn Backend> {
    Box::new(dossier_store::SqliteStore::open_in_memory().unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn sqlite_incremental_equals_full_recompute((specs, order, cuts) in cases()) {
        let docs: Vec<_> = specs.iter().enumerate().map(|(i, s)| article(i, s)).collect();
        check(&mut sqlite, &docs, &order, &cuts)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]
    #[test]
    fn postgres_incremental_equals_full_recompute((specs, order, cuts) in cases()) {
        // Each case makes its own databases (dropped with `pgs`).
        if TempPg::new().is_none() {
            return Ok(());
        }
        let docs: Vec<_> = specs.iter().enumerate().map(|(i, s)| article(i, s)).collect();
        let mut pgs = Vec::new();
        let mut make = || {
            let pg = TempPg::new().unwrap();
            let store = dossier_store::open(&pg.url).unwrap();
            pgs.push(pg);
            store
        };
        check(&mut make, &docs, &order, &cuts)?;
    }
}

/// A hot claim gathers rows in publication order, then an older article arrives: its status
/// history is rewritten as if it had come first, and `repair` finds nothing to fix.
#[test]
fn an_older_article_ingested_later_rewrites_the_timeline() {
    let mut store = sqlite();
    let s = |speaker, stance, day| Spec {
        speaker,
        stance,
        day: Some(day),
        outlet: 0,
        object: 0,
        model: 0,
    };
    let anon = article(0, &s(0, 0, 3));
    let blinken = article(1, &s(2, 0, 5));
    let denial = article(2, &s(1, 1, 1));
    put(&mut *store, &[&anon]);
    put(&mut *store, &[&blinken]);
    let c = &store
        .claims(&ClaimFilter::default(), Page::default())
        .unwrap()[0];
    let steps: Vec<&str> = c.timeline.iter().map(|t| t.to.as_str()).collect();
    assert_eq!(steps, ["unverified", "reported"]);
    // Nozari's denial, published on the 1st, read last.
    put(&mut *store, &[&denial]);
    let c = store.claim(&c.id).unwrap().unwrap();
    let steps: Vec<(&str, &str)> = c
        .timeline
        .iter()
        .map(|t| (t.published.as_deref().unwrap(), t.to.as_str()))
        .collect();
    assert_eq!(
        steps,
        [("2024-09-01", "denied"), ("2024-09-03", "disputed")]
    );
    assert_eq!(c.status.as_str(), "disputed");
    assert!(store.repair(true).unwrap().differences.is_empty());
}

/// `repair` finds aggregates that disagree with the ledger, says which, and fixes them.
#[test]
fn repair_reports_and_fixes_tampered_aggregates() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut store = dossier_store::open(path.to_str().unwrap()).unwrap();
    let docs: Vec<_> = (0..6)
        .map(|i| {
            article(
                i,
                &Spec {
                    speaker: i % CAST.len(),
                    stance: i % 3,
                    day: Some(1 + i as u8),
                    outlet: i % 3,
                    object: 0,
                    model: 1,
                },
            )
        })
        .collect();
    put(&mut *store, &docs.iter().collect::<Vec<_>>());
    let before = everything(&*store);
    let key = store
        .claims(&ClaimFilter::default(), Page::default())
        .unwrap()[0]
        .id
        .clone();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE claims SET status = CASE status WHEN 'denied' THEN 'reported' ELSE 'denied' END,
         documents = 99, state = NULL WHERE key = ?1",
        [&key],
    )
    .unwrap();
    conn.execute("DELETE FROM status_changes WHERE claim_key = ?1", [&key])
        .unwrap();
    drop(conn);
    let mut store = dossier_store::open(path.to_str().unwrap()).unwrap();
    let found = store.repair(false).unwrap();
    let fields: Vec<&str> = found.differences.iter().map(|d| d.field.as_str()).collect();
    assert_eq!(fields, ["status", "timeline", "state"], "{found:?}");
    assert_eq!(found.repaired, 1);
    assert_eq!(everything(&*store), before);
    assert!(store.repair(true).unwrap().differences.is_empty());
}

/// A claim page and a listing read one page of a long ledger and say how long it is.
#[test]
fn pages_of_a_long_ledger() {
    let mut store = sqlite();
    let docs: Vec<_> = (0..120)
        .map(|i| {
            article(
                i,
                &Spec {
                    speaker: i % CAST.len(),
                    stance: i % 2,
                    day: Some(1 + (i % 7) as u8),
                    outlet: i % 3,
                    object: 0,
                    model: 0,
                },
            )
        })
        .collect();
    put(&mut *store, &docs.iter().collect::<Vec<_>>());
    let board = store
        .claims(&ClaimFilter::default(), Page::default())
        .unwrap();
    let c = &board[0];
    assert_eq!(c.ledger_total, Some(120));
    assert_eq!(c.ledger.len(), dossier_store::LISTING_LEDGER_ROWS);
    let full = store.claim(&c.id).unwrap().unwrap();
    assert_eq!(full.ledger.len(), 120);
    let page = store
        .claim_page(
            &c.id,
            Page {
                limit: 30,
                offset: 60,
            },
        )
        .unwrap()
        .unwrap();
    assert_eq!(page.ledger, full.ledger[60..90]);
    assert_eq!(page.timeline, full.timeline);
    // The brief's digest: the first row, then the latest word of each voice.
    let digest = store.claim_digest(&c.id, 50).unwrap().unwrap();
    assert_eq!(digest.ledger[0], full.ledger[0]);
    assert!(
        digest.ledger.len() <= 1 + CAST.len(),
        "{}",
        digest.ledger.len()
    );
    assert_eq!(digest.ledger_total, Some(120));
    let small = store.claim_digest(&c.id, 500).unwrap().unwrap();
    assert_eq!(small.ledger, full.ledger);
}
