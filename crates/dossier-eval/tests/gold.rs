//! The real-news gold set and its scorer (`dossier eval claims`) (veracity: `tests/veracity.rs`).
//!
//! The matching rules are tested on hand-made cases (sentences written for these tests). The
//! gold set itself is checked without the shared data (split rule, sizes, quote lengths) and,
//! when `../shared/data` exists (or `DOSSIER_SHARED_DATA`), anchor by anchor against the
//! articles; without it those tests print SKIP.

mod shared_data;

use dossier_core::claims::ClaimLexicon;
use dossier_core::{
    make_document, Action, ActorRef, DocClaim, DocumentHeader, Event, Extraction, Modality, Mode,
    Sourcing, Span, Stance, Statement,
};
use dossier_eval::claims::*;
use std::path::{Path, PathBuf};

fn gold_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/gold")
}

fn shared() -> Option<PathBuf> {
    shared_data::shared("stance/fnc-1/train_bodies.csv")
}

// ------------------------------------------------------------------------------------------
// Hand-made cases

const TEXT: &str = "Two U.S. officials said Islamic State militants executed the journalist James \
Foley in Syria. The Pentagon said the United States had not struck the convoy.";

fn span_of(text: &str, needle: &str) -> Span {
    span_nth(text, needle, 0)
}

/// The `nth` (0-based) occurrence of `needle`.
fn span_nth(text: &str, needle: &str, nth: usize) -> Span {
    let b = text
        .match_indices(needle)
        .nth(nth)
        .expect("needle in text")
        .0;
    let start = text[..b].chars().count();
    Span {
        start,
        end: start + needle.chars().count(),
        text: needle.to_string(),
    }
}

fn anchor(text: &str, quote: &str) -> Anchor {
    let s = span_of(text, quote);
    Anchor::at(text, s.start, s.end).expect("span inside the text")
}

fn actor(id: &str, name: &str) -> ActorRef {
    ActorRef {
        id: id.into(),
        name: name.into(),
        mention: None,
    }
}

fn proposition(
    subject: &str,
    predicate: &str,
    agent: Option<&str>,
    quote: &str,
) -> GoldProposition {
    GoldProposition {
        id: "p1".into(),
        central: true,
        subject: subject.into(),
        predicate: predicate.into(),
        class: Some("attack".into()),
        object: None,
        target: None,
        agent: agent.map(str::to_string),
        place: Some("Syria".into()),
        polarity: Polarity::Positive,
        modality: "reported".into(),
        evidence: anchor(TEXT, quote),
    }
}

fn article(props: Vec<GoldProposition>) -> GoldArticle {
    GoldArticle {
        source: "test".into(),
        id: "1".into(),
        split: "tune".into(),
        topic: String::new(),
        events: Vec::new(),
        propositions: props,
        statements: Vec::new(),
    }
}

fn claim(
    subject: ActorRef,
    predicate: &str,
    target: Option<ActorRef>,
    stance: Stance,
    ev: &str,
) -> DocClaim {
    DocClaim {
        key: "k".into(),
        subject,
        predicate: predicate.into(),
        target,
        object: None,
        stance,
        statement: None,
        event: None,
        evidence: span_of(TEXT, ev),
        subject_text: None,
        subject_head: None,
        place: None,
        time: None,
        polarity: None,
        modality: None,
        detail: None,
        merge: None,
        asserted_by: None,
    }
}

fn extraction(claims: Vec<DocClaim>) -> Extraction {
    Extraction {
        claims,
        ..Extraction::default()
    }
}

fn score(g: &GoldArticle, x: &Extraction) -> Score {
    score_article(g, x, TEXT, ClaimLexicon::embedded())
}

#[test]
fn a_true_positive_claim_matches() {
    let g = article(vec![proposition(
        "GROUP.ISIS",
        "execute",
        None,
        "Islamic State militants executed the journalist",
    )]);
    let x = extraction(vec![claim(
        actor("GROUP.ISIS", "Islamic State"),
        "attack",
        Some(actor("PERSON.james-foley", "James Foley")),
        Stance::Assert,
        "Islamic State militants executed the journalist James Foley",
    )]);
    let s = score(&g, &x);
    assert_eq!(
        (s.claims.matched, s.claims.predicted, s.claims.gold),
        (1, 1, 1)
    );
    assert_eq!(s.central_matched, 1);
    assert!(s.notes.is_empty(), "{:?}", s.notes);
}

#[test]
fn a_polarity_mismatch_is_a_miss_and_a_false_positive() {
    let mut p = proposition(
        "USA",
        "strike",
        None,
        "the United States had not struck the convoy",
    );
    p.polarity = Polarity::Negative;
    let g = article(vec![p]);
    // The system reads the denial as an assertion.
    let x = extraction(vec![claim(
        actor("USA", "United States"),
        "attack",
        None,
        Stance::Assert,
        "the United States had not struck the convoy",
    )]);
    let s = score(&g, &x);
    assert_eq!(s.claims.matched, 0);
    assert!(s.notes.iter().any(|n| n.contains("claim MISS")));
    assert!(s.notes.iter().any(|n| n.contains("claim FP")));
    // Read as a denial, it matches.
    let x = extraction(vec![claim(
        actor("USA.DOD", "Pentagon"),
        "strike",
        None,
        Stance::Deny,
        "the United States had not struck the convoy",
    )]);
    assert_eq!(score(&g, &x).claims.matched, 1);
}

#[test]
fn a_subject_mismatch_does_not_match() {
    let g = article(vec![proposition(
        "GROUP.ISIS",
        "execute",
        None,
        "Islamic State militants executed the journalist",
    )]);
    // "Barack Obama attack James Foley": right sentence, right predicate, wrong subject.
    let x = extraction(vec![claim(
        actor("USA", "United States"),
        "attack",
        Some(actor("PERSON.james-foley", "James Foley")),
        Stance::Assert,
        "Islamic State militants executed the journalist James Foley",
    )]);
    assert_eq!(score(&g, &x).claims.matched, 0);
}

#[test]
fn a_passive_gold_matches_an_active_claim_and_not_the_reverse_roles() {
    // Gold written as the text could put it: "James Foley was executed by IS".
    let g = article(vec![proposition(
        "James Foley",
        "execute",
        Some("GROUP.ISIS"),
        "Islamic State militants executed the journalist",
    )]);
    let active = extraction(vec![claim(
        actor("GROUP.ISIS", "Islamic State"),
        "attack",
        Some(actor("PERSON.james-wright-foley", "James Wright Foley")),
        Stance::Assert,
        "Islamic State militants executed the journalist James Foley",
    )]);
    assert_eq!(score(&g, &active).claims.matched, 1);
    // Roles reversed (Foley attacked IS) is not the same proposition.
    let reversed = extraction(vec![claim(
        actor("USA", "United States"),
        "attack",
        Some(actor("GROUP.ISIS", "Islamic State")),
        Stance::Assert,
        "Islamic State militants executed the journalist James Foley",
    )]);
    assert_eq!(score(&g, &reversed).claims.matched, 0);
}

#[test]
fn a_claim_in_another_sentence_is_not_near() {
    let g = article(vec![proposition(
        "GROUP.ISIS",
        "execute",
        None,
        "Islamic State militants executed the journalist",
    )]);
    let x = extraction(vec![claim(
        actor("GROUP.ISIS", "Islamic State"),
        "attack",
        None,
        Stance::Assert,
        "the United States had not struck the convoy",
    )]);
    assert_eq!(score(&g, &x).claims.matched, 0);
}

fn statement(
    speaker: ActorRef,
    sourcing: Sourcing,
    stance: Stance,
    cue: Span,
    content: &str,
) -> Statement {
    Statement {
        id: "s1".into(),
        speaker,
        on_behalf_of: None,
        cue,
        mode: Mode::Indirect,
        stance,
        content: span_of(TEXT, content),
        via: Vec::new(),
        sourcing,
        confidence: 1.0,
        date: None,
    }
}

#[test]
fn statements_score_speaker_and_stance_on_matched_pairs() {
    let mut g = article(Vec::new());
    g.statements.push(GoldStatement {
        id: "s1".into(),
        speaker: "anonymous".into(),
        role: Some("two U.S. officials".into()),
        cue: "said".into(),
        stance: "assert".into(),
        sourcing: "anonymous".into(),
        propositions: Vec::new(),
        evidence: anchor(TEXT, "Islamic State militants executed the journalist"),
    });
    g.statements.push(GoldStatement {
        id: "s2".into(),
        speaker: "USA.DOD".into(),
        role: None,
        cue: "said".into(),
        stance: "deny".into(),
        sourcing: "official_body".into(),
        propositions: Vec::new(),
        evidence: anchor(TEXT, "had not struck the convoy"),
    });
    // Officials promoted to their state: matched, but the speaker is wrong.
    let x = Extraction {
        statements: vec![
            statement(
                actor("USA", "United States"),
                Sourcing::OfficialBody,
                Stance::Assert,
                span_nth(TEXT, "said", 0),
                "Islamic State militants executed the journalist James Foley in Syria",
            ),
            statement(
                actor("USA.DOD", "Pentagon"),
                Sourcing::OfficialBody,
                Stance::Deny,
                span_nth(TEXT, "said", 1),
                "the United States had not struck the convoy",
            ),
        ],
        ..Extraction::default()
    };
    let s = score(&g, &x);
    assert_eq!(s.statements.matched, 2);
    assert_eq!(s.speaker_correct, 1, "{:?}", s.notes);
    assert_eq!(s.stance_correct, 2);
    assert!(s.notes.iter().any(|n| n.contains("SPEAKER gold anonymous")));
}

#[test]
fn events_need_source_target_code_and_polarity() {
    let mut g = article(Vec::new());
    g.events.push(GoldEvent {
        id: "e1".into(),
        source: "GROUP.ISIS".into(),
        target: Some("James Foley".into()),
        cameo: "186".into(),
        plover: "ASSAULT".into(),
        polarity: Polarity::Positive,
        modality: "reported".into(),
        evidence: anchor(TEXT, "militants executed the journalist James Foley"),
    });
    let ev = |src: ActorRef, cameo: &str, modality: Modality| Event {
        id: "e1".into(),
        source: src,
        target: Some(actor("PERSON.james-foley", "James Foley")),
        co_sources: Vec::new(),
        co_targets: Vec::new(),
        action: Action {
            cameo: cameo.into(),
            plover: if cameo.starts_with("18") {
                "ASSAULT"
            } else {
                ""
            }
            .into(),
            verb: "executed".into(),
        },
        object: None,
        modality,
        evidence: span_of(
            TEXT,
            "Islamic State militants executed the journalist James Foley",
        ),
        statement: None,
        goldstein: -10.0,
        date: None,
        coref: Vec::new(),
    };
    let x = |e: Event| Extraction {
        events: vec![e],
        ..Extraction::default()
    };
    let right = x(ev(
        actor("GROUP.ISIS", "Islamic State"),
        "180",
        Modality::Reported,
    ));
    assert_eq!(score(&g, &right).events.matched, 1);
    let negated = x(ev(
        actor("GROUP.ISIS", "Islamic State"),
        "180",
        Modality::Negated,
    ));
    assert_eq!(score(&g, &negated).events.matched, 0);
    let wrong_source = x(ev(actor("USA", "United States"), "180", Modality::Reported));
    assert_eq!(score(&g, &wrong_source).events.matched, 0);
    let wrong_code = x(ev(
        actor("GROUP.ISIS", "Islamic State"),
        "040",
        Modality::Reported,
    ));
    assert_eq!(score(&g, &wrong_code).events.matched, 0);
}

#[test]
fn actor_rule_ids_bodies_and_names() {
    assert!(actor_matches("USA", &actor("USA.DOD", "Pentagon")));
    assert!(actor_matches("USA.DOD", &actor("USA", "United States")));
    assert!(!actor_matches("USA", &actor("RUS", "Russia")));
    assert!(!actor_matches("IRN", &actor("IRQ", "Iraq")));
    assert!(actor_matches(
        "James Foley",
        &actor("PERSON.james-wright-foley", "James Wright Foley")
    ));
    assert!(!actor_matches(
        "Steven Sotloff",
        &actor("PERSON.james-foley", "James Foley")
    ));
    assert!(actor_matches("ISIS fighters", &actor("GROUP.ISIS", "ISIS")));
}

#[test]
fn an_unnamed_gold_target_matches_the_undergoer_the_event_gives_as_object() {
    // "Militants killed two journalists near the border": no actor holds the journalists.
    assert!(undergoer_matches(
        "two journalists",
        Some("two journalists near the border")
    ));
    assert!(undergoer_matches(
        "a US aid worker",
        Some("a US aid worker")
    ));
    // The head decides: two soldiers are not two journalists.
    assert!(!undergoer_matches("two journalists", Some("two soldiers")));
    // A gold actor id needs a target actor, never the object's words.
    assert!(!undergoer_matches("IRQ", Some("IRQ positions")));
    assert!(!undergoer_matches("-", Some("the hostages")));
    assert!(!undergoer_matches("the hostages", None));
}

#[test]
fn anchors_are_checked_against_the_text() {
    let doc = make_document(TEXT, DocumentHeader::default());
    let mut g = article(vec![proposition(
        "GROUP.ISIS",
        "execute",
        None,
        "Islamic State militants executed the journalist",
    )]);
    assert!(check_anchors(&g, &doc.text).is_empty());
    // The anchor stores offsets and a hash, never the text; resolving fills the quote in.
    let stored = serde_json::to_string(&g).unwrap();
    assert!(!stored.contains("executed the journalist"), "{stored}");
    let mut back: GoldArticle = serde_json::from_str(&stored).unwrap();
    assert!(back.propositions[0].evidence.quote.is_empty());
    resolve_quotes(&mut back, &doc.text).unwrap();
    assert_eq!(
        back.propositions[0].evidence.quote,
        "Islamic State militants executed the journalist"
    );
    // Shifted offsets: the hash no longer matches.
    g.propositions[0].evidence.start += 1;
    g.propositions[0].evidence.end += 1;
    let bad = check_anchors(&g, &doc.text);
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(bad[0].contains("has changed"), "{bad:?}");
    // Same offsets, edited article (one word changed inside the anchor): detected too.
    let edited = TEXT.replace("militants executed", "militants murdered");
    let doc2 = make_document(&edited, DocumentHeader::default());
    let mut back2: GoldArticle = serde_json::from_str(&stored).unwrap();
    assert!(resolve_quotes(&mut back2, &doc2.text).is_err());
    // A range past the end of the text is reported, not a panic.
    g.propositions[0].evidence.end = 10_000;
    assert!(check_anchors(&g, &doc.text)[0].contains("not inside the text"));
}

#[test]
fn text_hash_is_fnv1a_64_like_build_py() {
    // FNV-1a 64 of the empty string is the offset basis; of "a" the published test vector.
    assert_eq!(text_hash(""), "cbf29ce484222325");
    assert_eq!(text_hash("a"), "af63dc4c8601ec8c");
}

#[test]
fn committed_gold_files_hold_no_article_text() {
    // The sources' licences forbid copying their texts: anchors are offsets + hash only, and
    // the authoring files hold no quoted anchor (`build.py --freeze` turns them into offsets).
    let dir = gold_dir();
    for name in ["tune.jsonl", "heldout.jsonl"] {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(!text.contains("\"quote\""), "{name} holds quotes");
    }
    let mut n = 0;
    for entry in std::fs::read_dir(dir.join("src")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("gold") {
            continue;
        }
        n += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with("//") || line.starts_with('@') {
                continue;
            }
            assert!(
                !line.ends_with('"'),
                "{}:{}: quoted anchor (run build.py --freeze)",
                path.display(),
                i + 1
            );
            let tail = line.rsplit(' ').next().unwrap_or("");
            assert!(
                tail.starts_with('@') && tail.contains("..") && tail.contains(':'),
                "{}:{}: no @START..END:HASH anchor",
                path.display(),
                i + 1
            );
        }
    }
    assert!(n >= 5, "{n} authoring files");
}

#[test]
fn split_rule_is_stable() {
    // FNV-1a 64 of "fnc1-train:84" is even, of "fnc1-train:346" odd (the files say so too).
    assert_eq!(split_of("fnc1-train", "84"), "tune");
    assert_eq!(split_of("fnc1-train", "346"), "heldout");
}

// ------------------------------------------------------------------------------------------
// The gold set itself

#[test]
fn gold_set_is_well_formed_and_large_enough() {
    let dir = gold_dir();
    let tune = load_gold(&dir, "tune").unwrap();
    let heldout = load_gold(&dir, "heldout").unwrap();
    assert!(tune.len() >= 30, "tune has {} articles", tune.len());
    assert!(
        heldout.len() >= 30,
        "heldout has {} articles",
        heldout.len()
    );
    let mut seen = std::collections::BTreeSet::new();
    for a in tune.iter().chain(&heldout) {
        assert!(
            seen.insert((a.source.clone(), a.id.clone())),
            "duplicate {}",
            a.id
        );
        assert!(
            matches!(
                a.source.as_str(),
                "fnc1-train" | "polnear-train" | "polnear-dev"
            ),
            "{}: not an allowed source",
            a.source
        );
        assert!(
            a.propositions.iter().any(|p| p.central),
            "{}:{} has no central proposition",
            a.source,
            a.id
        );
        let ids: Vec<&str> = a.propositions.iter().map(|p| p.id.as_str()).collect();
        for s in &a.statements {
            for p in &s.propositions {
                assert!(
                    ids.contains(&p.as_str()),
                    "{}:{} {} → {p}",
                    a.source,
                    a.id,
                    s.id
                );
            }
            assert!(
                matches!(
                    s.stance.as_str(),
                    "assert" | "deny" | "hedge" | "conditional" | "question" | "no_comment"
                ),
                "{}:{} {} stance {}",
                a.source,
                a.id,
                s.id,
                s.stance
            );
        }
        // Anchors are short ranges (≤ 15 words is checked against the text when it is there),
        // and the annotator's own labels stay short: objects are phrases of at most 4 words.
        for (what, an) in anchors(a) {
            assert!(
                an.start < an.end && an.end - an.start <= 200,
                "{}:{} {what}: {}..{}",
                a.source,
                a.id,
                an.start,
                an.end
            );
        }
        for s in &a.statements {
            assert!(
                s.cue.split_whitespace().count() <= 4,
                "{}:{} {}: cue {:?} over 4 words",
                a.source,
                a.id,
                s.id,
                s.cue
            );
        }
        for p in &a.propositions {
            for f in [&p.object, &p.place, &p.target, &p.agent]
                .into_iter()
                .flatten()
            {
                assert!(
                    f.split_whitespace().count() <= 4,
                    "{}:{} {}: label {f:?} over 4 words",
                    a.source,
                    a.id,
                    p.id
                );
            }
        }
    }
}

#[test]
fn every_gold_anchor_matches_its_article_and_eval_claims_runs() {
    let Some(data) = shared() else {
        eprintln!("SKIP every_gold_anchor_matches_its_article_and_eval_claims_runs");
        return;
    };
    let dir = gold_dir();
    let mut articles = Articles::new(&data);
    let mut bad = Vec::new();
    let mut n = 0;
    for a in load_gold(&dir, "all").unwrap() {
        let raw = articles.raw(&a.source, &a.id).unwrap();
        let doc = make_document(&raw, DocumentHeader::default());
        bad.extend(check_anchors(&a, &doc.text));
        n += 1;
    }
    assert!(
        bad.is_empty(),
        "{} bad anchors:\n{}",
        bad.len(),
        bad.join("\n")
    );
    assert!(n >= 60, "{n} articles");
    let report = eval_claims(&ClaimsOptions {
        gold: dir,
        data,
        split: "all".into(),
        verbose: true,
        misses: true,
    })
    .unwrap();
    assert_eq!(report.halves.len(), 2);
    // The miss taxonomy classes every event miss and every false positive once.
    assert_eq!(report.misses.len(), 2);
    for ((_, s), (_, t)) in report.halves.iter().zip(&report.misses) {
        assert_eq!(
            t.misses.values().sum::<usize>(),
            s.events.gold - s.events.matched
        );
        assert_eq!(
            t.false_positives.values().sum::<usize>(),
            s.events.predicted - s.events.matched
        );
    }
    let text = report.to_string();
    assert!(text.contains("events: precision"), "{text}");
    assert!(text.contains("claims: precision"), "{text}");
    assert!(text.contains("statements: precision"), "{text}");
    for (_, s) in &report.halves {
        assert!(s.articles >= 30);
        // Everything the system found is either matched or listed as a false positive.
        let fp = |kind: &str| s.notes.iter().filter(|x| x.contains(kind)).count();
        assert_eq!(s.claims.predicted - s.claims.matched, fp(" claim FP "));
        assert_eq!(s.events.predicted - s.events.matched, fp(" event FP "));
        assert_eq!(
            s.statements.gold - s.statements.matched,
            fp(" statement MISS ")
        );
        // The miss taxonomy gives every missed proposition and every false positive one cause.
        let total = |m: &std::collections::BTreeMap<String, usize>| m.values().sum::<usize>();
        assert_eq!(s.claims.gold - s.claims.matched, total(&s.miss_classes));
        assert_eq!(s.claims.predicted - s.claims.matched, total(&s.fp_classes));
        assert!(text.contains("claim misses by cause"), "{text}");
    }
}
