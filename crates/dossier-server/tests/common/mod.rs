//! A small store built from hand-made extractions (the extraction itself is dossier-core's
//! business and is tested there): three articles on one claim — an anonymous report, a denial
//! by the party it is about, and a named confirmation by an outside official — so the claim is
//! disputed whatever the lexicons of the day find. One title is an XSS attempt.

#![allow(dead_code)] // each test binary uses part of it

use dossier_core::model::*;
use dossier_store::{Incoming, Store};
use std::path::Path;

pub const XSS_TITLE: &str = "<script>alert(1)</script>";
pub const XSS_OUTLET: &str = "<img src=x onerror=alert(2)>";

/// The code-point span of the first `needle` in `text`.
pub fn span_of(text: &str, needle: &str) -> Span {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    let start = text[..byte].chars().count();
    Span {
        start,
        end: start + needle.chars().count(),
        text: needle.into(),
    }
}

fn aref(id: &str, name: &str, mention: Option<Span>) -> ActorRef {
    ActorRef {
        id: id.into(),
        name: name.into(),
        mention,
    }
}

fn actor(
    text: &str,
    id: &str,
    name: &str,
    kind: ActorKind,
    country: Option<&str>,
    words: &[&str],
) -> Actor {
    Actor {
        id: id.into(),
        name: name.into(),
        kind,
        country: country.map(str::to_string),
        role: None,
        affiliation: None,
        mentions: words.iter().map(|w| span_of(text, w)).collect(),
    }
}

pub struct Article {
    pub document: Document,
    pub extraction: Extraction,
}

#[allow(clippy::too_many_arguments)] // a fixture builder, one argument per varying field
fn article(
    title: &str,
    outlet: &str,
    published: &str,
    text: &str,
    speaker: (&str, &str, &str),
    cue: &str,
    content: &str,
    stance: Stance,
    sourcing: Sourcing,
    modality: Modality,
    object: &str,
    actors: Vec<Actor>,
) -> Article {
    let document = dossier_core::make_document(
        text,
        DocumentHeader {
            title: Some(title.into()),
            outlet: Some(outlet.into()),
            published: Some(published.into()),
            url: Some(format!("https://example.org/{published}")),
            ..Default::default()
        },
    );
    let t = &document.text;
    let content = span_of(t, content);
    let extraction = Extraction {
        document: document.header.clone(),
        actors,
        statements: vec![Statement {
            id: "s1".into(),
            speaker: aref(speaker.0, speaker.1, Some(span_of(t, speaker.2))),
            on_behalf_of: None,
            cue: span_of(t, cue),
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
            source: aref("IRN", "Iran", None),
            target: Some(aref("RUS", "Russia", None)),
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
    Article {
        document,
        extraction,
    }
}

pub fn articles() -> Vec<Article> {
    let t1 = "Iran has sent short-range ballistic missiles to Russia, according to unnamed sources cited by the newspaper. The shipment could not be independently verified.";
    let t2 = "Brigadier General Fazlollah Nozari dismissed the reports on Sunday. He said no missile was sent to Russia, calling the claims Western propaganda.";
    let t3 = "Secretary of State Antony Blinken said on Tuesday that Iran had sent Fath-360 missiles to Russia. Blinken called the transfer a dramatic escalation for Europe.";
    vec![
        article(
            "Iran said to ship missiles to Russia",
            "Meridian Post",
            "2024-08-09",
            t1,
            ("ANON.sources", "unnamed sources", "unnamed sources"),
            "according to",
            "Iran has sent short-range ballistic missiles to Russia",
            Stance::Assert,
            Sourcing::Anonymous,
            Modality::Reported,
            "short-range ballistic missiles",
            vec![
                actor(t1, "IRN", "Iran", ActorKind::State, Some("IRN"), &["Iran"]),
                actor(
                    t1,
                    "RUS",
                    "Russia",
                    ActorKind::State,
                    Some("RUS"),
                    &["Russia"],
                ),
            ],
        ),
        article(
            XSS_TITLE,
            XSS_OUTLET,
            "2024-08-11",
            t2,
            ("PERSON.fazlollah-nozari", "Fazlollah Nozari", "He"),
            "said",
            "no missile was sent to Russia",
            Stance::Assert,
            Sourcing::Named,
            Modality::Negated,
            "missile",
            vec![
                actor(
                    t2,
                    "PERSON.fazlollah-nozari",
                    "Fazlollah Nozari",
                    ActorKind::Person,
                    Some("IRN"),
                    &["Fazlollah Nozari"],
                ),
                actor(
                    t2,
                    "RUS",
                    "Russia",
                    ActorKind::State,
                    Some("RUS"),
                    &["Russia"],
                ),
            ],
        ),
        article(
            "Blinken: Iran delivered Fath-360 missiles",
            "Atlantic Ledger",
            "2024-09-10",
            t3,
            ("PERSON.antony-blinken", "Antony Blinken", "Antony Blinken"),
            "said",
            "Iran had sent Fath-360 missiles to Russia",
            Stance::Assert,
            Sourcing::Named,
            Modality::Reported,
            "Fath-360 missiles",
            vec![
                actor(
                    t3,
                    "PERSON.antony-blinken",
                    "Antony Blinken",
                    ActorKind::Person,
                    Some("USA"),
                    &["Antony Blinken"],
                ),
                actor(t3, "IRN", "Iran", ActorKind::State, Some("IRN"), &["Iran"]),
                actor(
                    t3,
                    "RUS",
                    "Russia",
                    ActorKind::State,
                    Some("RUS"),
                    &["Russia"],
                ),
            ],
        ),
    ]
}

/// Write the fixture articles into a new database at `path`; returns them.
pub fn build_db(path: &Path) -> Vec<Article> {
    let arts = articles();
    let mut store = Store::open(path).expect("open fixture db");
    let batch: Vec<Incoming> = arts
        .iter()
        .map(|a| Incoming {
            document: &a.document,
            extraction: &a.extraction,
            origin: "fixture",
        })
        .collect();
    store.put_batch(&batch).expect("store fixtures");
    arts
}

/// The id of the one claim the fixtures make (Iran → Russia transfer).
pub fn claim_id(path: &Path) -> String {
    let store = Store::open(path).unwrap();
    let claims = store
        .claims(
            &dossier_store::ClaimFilter {
                actor: Some("IRN".into()),
                ..Default::default()
            },
            dossier_store::Page::default(),
        )
        .unwrap();
    claims
        .iter()
        .find(|c| c.ledger.len() == 3)
        .unwrap_or_else(|| panic!("no three-voice claim among {claims:#?}"))
        .id
        .clone()
}
