//! The claims ledger in the store, fed with hand-built extractions (the extraction itself is
//! tested in dossier-core): statuses, timelines, filters, contradictions, changes, briefs.

use dossier_core::brief::brief;
use dossier_core::ledger::ClaimStatus;
use dossier_core::model::*;
use dossier_store::{ClaimFilter, Incoming, Page, Store};

fn aref(id: &str, name: &str) -> ActorRef {
    ActorRef {
        id: id.into(),
        name: name.into(),
        mention: None,
    }
}

fn span(text: &str, start: usize) -> Span {
    Span {
        start,
        end: start + text.chars().count(),
        text: text.into(),
    }
}

struct Doc {
    document: Document,
    extraction: Extraction,
}

#[allow(clippy::too_many_arguments)] // a fixture builder, one argument per varying field
/// One article: a statement by `speaker` whose content holds an Iran → Russia transfer event.
fn article(
    text: &str,
    published: &str,
    outlet: &str,
    speaker: (&str, &str, Option<&str>),
    stance: Stance,
    sourcing: Sourcing,
    modality: Modality,
    object: &str,
) -> Doc {
    let document = dossier_core::make_document(
        text,
        DocumentHeader {
            published: Some(published.into()),
            outlet: Some(outlet.into()),
            ..Default::default()
        },
    );
    let content = span(&document.text, 0);
    let extraction = Extraction {
        document: document.header.clone(),
        actors: vec![Actor {
            id: speaker.0.into(),
            name: speaker.1.into(),
            kind: ActorKind::Person,
            country: speaker.2.map(str::to_string),
            role: None,
            affiliation: None,
            mentions: vec![],
        }],
        statements: vec![Statement {
            id: "s1".into(),
            speaker: aref(speaker.0, speaker.1),
            on_behalf_of: None,
            cue: span("said", 0),
            mode: Mode::Indirect,
            stance,
            content: content.clone(),
            via: vec![],
            sourcing,
            date: None,
            confidence: 1.0,
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
    Doc {
        document,
        extraction,
    }
}

fn ingest(store: &mut Store, docs: &[Doc]) {
    let batch: Vec<Incoming> = docs
        .iter()
        .map(|d| Incoming {
            document: &d.document,
            extraction: &d.extraction,
            origin: "test",
        })
        .collect();
    store.put_batch(&batch).unwrap();
}

fn storyline() -> Vec<Doc> {
    vec![
        article(
            "Sources say Iran sent short-range ballistic missiles to Russia.",
            "2024-08-09",
            "Meridian Post",
            ("ANON.sources", "unnamed sources", None),
            Stance::Assert,
            Sourcing::Anonymous,
            Modality::Reported,
            "short-range ballistic missiles",
        ),
        article(
            "Nozari said no missile was sent to Russia.",
            "2024-08-11",
            "Gulf Monitor",
            ("PERSON.fazlollah-nozari", "Fazlollah Nozari", Some("IRN")),
            Stance::Assert,
            Sourcing::Named,
            Modality::Negated,
            "missile",
        ),
        article(
            "Blinken said Iran had sent Fath-360 missiles to Russia.",
            "2024-09-10",
            "Atlantic Ledger",
            ("PERSON.antony-blinken", "Antony Blinken", Some("USA")),
            Stance::Assert,
            Sourcing::Named,
            Modality::Reported,
            "Fath-360 missiles",
        ),
    ]
}

#[test]
fn a_storyline_goes_unverified_then_disputed_whatever_the_ingest_order() {
    let mut store = Store::open_in_memory().unwrap();
    let docs = storyline();
    // Newest first, in separate batches: the timeline still follows `published`.
    for d in docs.iter().rev() {
        ingest(&mut store, std::slice::from_ref(d));
    }
    let claims = store
        .claims(&ClaimFilter::default(), Page::default())
        .unwrap();
    assert_eq!(claims.len(), 1, "three wordings, one claim");
    let c = &claims[0];
    assert_eq!(c.claim, "Iran transferred missiles to Russia");
    assert_eq!(c.status, ClaimStatus::Disputed);
    assert_eq!(c.ledger.len(), 3);
    let steps: Vec<(Option<&str>, ClaimStatus)> = c
        .timeline
        .iter()
        .map(|t| (t.published.as_deref(), t.to))
        .collect();
    assert_eq!(
        steps,
        [
            (Some("2024-08-09"), ClaimStatus::Unverified),
            (Some("2024-08-11"), ClaimStatus::Disputed)
        ]
    );
    assert!(
        c.explanation.contains("denied by Fazlollah Nozari"),
        "{}",
        c.explanation
    );

    // The same documents in one batch give the same claim record.
    let mut other = Store::open_in_memory().unwrap();
    ingest(&mut other, &storyline());
    let again = other
        .claims(&ClaimFilter::default(), Page::default())
        .unwrap();
    assert_eq!(again[0].id, c.id);
    assert_eq!(again[0].status, c.status);
    assert_eq!(again[0].timeline, c.timeline);
}

#[test]
fn a_board_line_is_the_listing_without_its_ledger_rows() {
    let mut store = Store::open_in_memory().unwrap();
    let docs = storyline();
    for d in docs.iter().rev() {
        ingest(&mut store, std::slice::from_ref(d));
    }
    let listing = store
        .claims(&ClaimFilter::default(), Page::default())
        .unwrap();
    let board = store
        .claims_board(&ClaimFilter::default(), Page::default())
        .unwrap();
    assert_eq!(board.len(), listing.len());
    let c = &listing[0];
    assert_eq!(c.timeline.len(), 2, "unverified, then disputed");
    for (line, full) in board.iter().zip(&listing) {
        assert!(line.ledger.is_empty() && line.notes.is_empty());
        assert_eq!(line.ledger_total, Some(full.ledger.len()));
        // Only the latest change: the one the board's "since" shows.
        assert_eq!(
            line.timeline.as_slice(),
            &full.timeline[full.timeline.len() - 1..]
        );
        let strip = |r: &dossier_core::ledger::ClaimRecord| {
            (
                r.id.clone(),
                r.claim.clone(),
                r.status,
                r.explanation.clone(),
                r.last_seen.clone(),
            )
        };
        assert_eq!(strip(line), strip(full));
    }
    // Filters and pages select the same lines as the listing.
    let disputed = ClaimFilter {
        status: Some(ClaimStatus::Disputed),
        ..Default::default()
    };
    let ids =
        |v: Vec<dossier_core::ledger::ClaimRecord>| v.into_iter().map(|c| c.id).collect::<Vec<_>>();
    assert_eq!(
        ids(store.claims_board(&disputed, Page::default()).unwrap()),
        ids(store.claims(&disputed, Page::default()).unwrap())
    );
    let none = ClaimFilter {
        status: Some(ClaimStatus::Confirmed),
        ..Default::default()
    };
    assert!(store
        .claims_board(&none, Page::default())
        .unwrap()
        .is_empty());
}

#[test]
fn filters_contradictions_changes_and_the_brief() {
    let mut store = Store::open_in_memory().unwrap();
    ingest(&mut store, &storyline());
    let by = |status, actor: Option<&str>, since: Option<&str>| {
        store
            .claims(
                &ClaimFilter {
                    status,
                    actor: actor.map(str::to_string),
                    since: since.map(str::to_string),
                },
                Page::default(),
            )
            .unwrap()
            .len()
    };
    assert_eq!(by(Some(ClaimStatus::Disputed), None, None), 1);
    assert_eq!(by(Some(ClaimStatus::Confirmed), None, None), 0);
    assert_eq!(by(None, Some("RUS"), None), 1);
    assert_eq!(by(None, Some("UKR"), None), 0);
    assert_eq!(by(None, None, Some("2024-09-01")), 1);
    assert_eq!(by(None, None, Some("2025-01-01")), 0);

    let contradictions = store.contradictions(Page::default()).unwrap();
    assert_eq!(
        contradictions.len(),
        2,
        "anonymous sources vs Nozari, Blinken vs Nozari"
    );
    assert!(contradictions
        .iter()
        .all(|c| c.denies.speaker.name == "Fazlollah Nozari"));

    let changes = store.changes("2024-08-10", Page::default()).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].change.to, ClaimStatus::Disputed);

    let claim = store
        .claims(&ClaimFilter::default(), Page::default())
        .unwrap()
        .remove(0);
    let b = brief(&claim, &[]);
    let headings: Vec<&str> = b.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "What's claimed",
            "Who says it",
            "Who denies it",
            "Context",
            "Why it matters",
            "Bottom line"
        ]
    );
    let md = b.to_markdown();
    assert!(md.contains("# Iran transferred missiles to Russia"), "{md}");
    assert!(md.contains("Fazlollah Nozari denied it"), "{md}");
    assert!(
        md.contains("unnamed sources (unnamed) said it (2024-08-09; published): “Sources say Iran sent short-range ballistic missiles to Russia”."),
        "{md}"
    );
    // Every sentence that states a fact cites its evidence.
    for s in b.sections.iter().flat_map(|s| &s.sentences) {
        if s.text.contains("said it") || s.text.contains("denied it") {
            assert!(!s.citations.is_empty(), "uncited: {}", s.text);
        }
    }
}

#[test]
fn exports_and_graph_carry_the_ledger_and_events() {
    let mut store = Store::open_in_memory().unwrap();
    ingest(&mut store, &storyline());

    let mut out = Vec::new();
    assert_eq!(store.export_claimreview(&mut out).unwrap(), 1);
    let reviews: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let r = &reviews[0];
    assert_eq!(r["@type"], "ClaimReview");
    assert_eq!(r["claimReviewed"], "Iran transferred missiles to Russia");
    assert_eq!(r["reviewRating"]["alternateName"], "disputed");
    assert_eq!(r["reviewRating"]["ratingValue"], 2);
    assert_eq!(r["itemReviewed"]["author"]["name"], "unnamed sources");

    // Two reported events (the negated one is not a relation): GDELT rows and one graph edge
    // per month.
    let mut out = Vec::new();
    assert_eq!(store.export_gdelt(&mut out).unwrap(), 2);
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|l| l.split('\t').count() == 61));
    let row: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(
        (row[1], row[5], row[15], row[26], row[29]),
        ("20240809", "IRN", "RUS", "0721", "2")
    );

    let edges = store.graph(None, None).unwrap();
    let months: Vec<(&str, usize)> = edges.iter().map(|e| (e.month.as_str(), e.events)).collect();
    assert_eq!(months, [("2024-08", 1), ("2024-09", 1)]);
    assert_eq!(store.graph(Some("2024-09-01"), None).unwrap().len(), 1);

    let mut out = Vec::new();
    assert_eq!(store.export_plover(&mut out).unwrap(), 2);
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8(out).unwrap().lines().next().unwrap()).unwrap();
    assert_eq!(first["event_type"], "AID");
    assert_eq!(first["cite_info"]["published"], "2024-08-09");

    let mut out = Vec::new();
    assert_eq!(store.export_claims_csv(&mut out).unwrap(), 1);
    assert!(String::from_utf8(out)
        .unwrap()
        .contains("Iran transferred missiles to Russia,disputed,IRN,transfer,RUS,missiles,3"));
}

#[test]
fn a_claims_names_do_not_depend_on_which_document_came_first() {
    // One wire copy names the subject by its code, another by a longer name: the record must be
    // the same whatever the arrival order or batching (shards merged in any order).
    let named = |docs: &mut Vec<Doc>| {
        docs[0].extraction.events[0].source.name = "IRN".into();
        docs[2].extraction.events[0].target = Some(aref("RUS", "the Russian Federation"));
    };
    let orders: [&[&[usize]]; 4] = [
        &[&[0], &[1], &[2]],
        &[&[2], &[1], &[0]],
        &[&[1, 0, 2]],
        &[&[2, 0], &[1]],
    ];
    let mut seen = Vec::new();
    for order in orders {
        let mut docs = storyline();
        named(&mut docs);
        let mut store = Store::open_in_memory().unwrap();
        for batch in order {
            let picked: Vec<Doc> = batch
                .iter()
                .map(|&i| Doc {
                    document: docs[i].document.clone(),
                    extraction: docs[i].extraction.clone(),
                })
                .collect();
            ingest(&mut store, &picked);
        }
        let claims = store
            .claims(&ClaimFilter::default(), Page::default())
            .unwrap();
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].subject.name, "Iran", "a name beats the bare code");
        assert_eq!(
            claims[0].target.as_ref().map(|t| t.name.as_str()),
            Some("the Russian Federation"),
            "the longer name wins"
        );
        seen.push(serde_json::to_string(&claims).unwrap());
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "{seen:#?}");
}
