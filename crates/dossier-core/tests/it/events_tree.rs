//! The event coder on gold dependency trees: each rule checked on news sentences whose tree is
//! given (hand-written CoNLL-U, and real Wikinews sentences from GUM when `../shared/data` is
//! present), so that the stage's logic is tested independently of the parser's accuracy.
//! Actor mentions come from a small gazetteer, so the tests exercise the event stage alone.

use dossier_core::actors::{ActorEntry, ActorLayer, Mention, MentionForm};
use dossier_core::events::{self, EventLexicon};
use dossier_core::model::{
    ActorKind, ActorRef, Event, Modality, Mode, Sourcing, Span, Stance, Statement,
};
use dossier_core::syntax::{conllu, Doc};
use dossier_core::text;

const GAZETTEER: &[(&str, &str, &str)] = &[
    ("ISIS", "IMGMUSISI", "name"),
    ("Iran", "IRN", "name"),
    ("Tehran", "IRN", "name"),
    ("Russia", "RUS", "name"),
    ("Kyiv", "UKR", "name"),
    ("Ukraine", "UKR", "name"),
    ("Mosul", "IRQ", "name"),
    ("Iraqi", "IRQ", "demonym"),
    ("Syrian", "SYR", "demonym"),
    ("British", "GBR", "demonym"),
    ("Turkish", "TUR", "demonym"),
    ("Israel", "ISR", "name"),
    ("Israeli", "ISR", "demonym"),
    ("Nozari", "PERSON.fazlollah-nozari", "name"),
    ("North Korea", "PRK", "name"),
    ("South Korea", "KOR", "name"),
    ("police", "USA.POLICE", "name"),
    ("Ahmed Mohamed", "PERSON.ahmed-mohamed", "name"),
    ("Iranian", "IRN", "demonym"),
    ("Westfield Mall", "PERSON.westfield-mall", "name"),
];

/// Mentions of the gazetteer names (whole words, longest first).
fn layer(text: &str) -> ActorLayer {
    let mut l = ActorLayer::default();
    let mut names: Vec<&(&str, &str, &str)> = GAZETTEER.iter().collect();
    names.sort_by_key(|(n, _, _)| std::cmp::Reverse(n.len()));
    let mut taken = vec![false; text.len()];
    for (name, id, form) in names {
        for (s, _) in text.match_indices(name) {
            let e = s + name.len();
            let before_ok = s == 0 || !text[..s].chars().last().unwrap().is_alphanumeric();
            let after_ok = e == text.len() || !text[e..].chars().next().unwrap().is_alphanumeric();
            if !before_ok || !after_ok || taken[s..e].iter().any(|t| *t) {
                continue;
            }
            taken[s..e].iter_mut().for_each(|t| *t = true);
            let actor = match l.actors.iter().position(|a| a.id == *id) {
                Some(i) => i,
                None => {
                    l.actors.push(ActorEntry {
                        id: id.to_string(),
                        name: name.to_string(),
                        kind: if id.starts_with("PERSON.") {
                            ActorKind::Person
                        } else {
                            ActorKind::State
                        },
                        country: id.starts_with("PERSON.f").then(|| "IRN".to_string()),
                        role: None,
                        affiliation: None,
                    });
                    l.actors.len() - 1
                }
            };
            l.mentions.push(Mention {
                start: s,
                end: e,
                actor,
                form: if *form == "demonym" {
                    MentionForm::Demonym
                } else {
                    MentionForm::Name
                },
                sentence: 0,
            });
        }
    }
    l.mentions.sort_by_key(|m| m.start);
    l
}

/// A gold tree from compact rows "form lemma UPOS XPOS head rel", ids in order; a trailing
/// " -" means no space after the word.
fn tree(rows: &[&str]) -> (String, Doc) {
    let mut src = String::new();
    for (i, r) in rows.iter().enumerate() {
        let mut cols: Vec<&str> = r.split_whitespace().collect();
        let no_space = cols.last() == Some(&"-");
        if no_space {
            cols.pop();
        }
        assert_eq!(cols.len(), 6, "row {r:?}");
        src.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t{}\n",
            i + 1,
            cols[0],
            cols[1],
            cols[2],
            cols[3],
            cols[4],
            cols[5],
            if no_space { "SpaceAfter=No" } else { "_" }
        ));
    }
    src.push('\n');
    conllu::gold_doc(&conllu::parse(&src).expect("valid CoNLL-U"))
}

fn code_with(text: &str, doc: &Doc, statements: &[Statement]) -> Vec<Event> {
    events::extract(text, doc, &layer(text), statements, EventLexicon::builtin())
}

fn code(rows: &[&str]) -> (String, Vec<Event>) {
    let (text, doc) = tree(rows);
    let evs = code_with(&text, &doc, &[]);
    (text, evs)
}

fn show(evs: &[Event]) -> String {
    evs.iter()
        .map(|e| {
            format!(
                "{}→{} {} [{}] obj={:?} {:?}",
                e.source.id,
                e.target.as_ref().map_or("-", |t| t.id.as_str()),
                e.action.cameo,
                e.action.verb,
                e.object,
                e.modality
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn one<'a>(evs: &'a [Event], verb: &str) -> &'a Event {
    let found: Vec<&Event> = evs.iter().filter(|e| e.action.verb == verb).collect();
    assert_eq!(found.len(), 1, "one event for {verb:?}:\n{}", show(evs));
    found[0]
}

fn deny_statement(text: &str, content: &str) -> Statement {
    let off = text::Offsets::new(text);
    let s = text.find(content).expect("content in text");
    let none = Span {
        start: 0,
        end: 0,
        text: String::new(),
    };
    Statement {
        id: "s1".into(),
        speaker: ActorRef {
            id: "PERSON.fazlollah-nozari".into(),
            name: "Nozari".into(),
            mention: None,
        },
        on_behalf_of: None,
        cue: none,
        mode: Mode::Direct,
        stance: Stance::Deny,
        content: off.span(text, s, s + content.len()),
        via: vec![],
        sourcing: Sourcing::Named,
        confidence: 1.0,
        date: None,
    }
}

#[test]
fn passive_agent_is_the_source_and_a_compound_on_a_thing_is_no_target() {
    let (text, evs) = code(&[
        "U.S. U.S. PROPN NNP 2 compound",
        "weapons weapon NOUN NNS 4 nsubj:pass",
        "were be AUX VBD 4 aux:pass",
        "captured capture VERB VBN 0 root",
        "by by ADP IN 6 case",
        "ISIS ISIS PROPN NNP 4 obl:agent -",
        ". . PUNCT . 4 punct",
    ]);
    assert_eq!(text, "U.S. weapons were captured by ISIS.");
    let e = one(&evs, "captured");
    assert_eq!(e.source.id, "IMGMUSISI", "{}", show(&evs));
    assert!(e.target.is_none(), "the US is not captured: {}", show(&evs));
    assert_eq!(e.object.as_deref(), Some("U.S. weapons"));
    assert_eq!(e.evidence.text, "U.S. weapons were captured by ISIS");
}

#[test]
fn participle_modifier_takes_its_agent_and_a_locative_place_is_no_party() {
    let (_, evs) = code(&[
        "The the DET DT 2 det",
        "army army NOUN NN 3 nsubj",
        "displayed display VERB VBD 0 root",
        "U.S. U.S. PROPN NNP 5 compound",
        "weapons weapon NOUN NNS 3 obj",
        "captured capture VERB VBN 5 acl",
        "by by ADP IN 8 case",
        "ISIS ISIS PROPN NNP 6 obl:agent",
        "in in ADP IN 10 case",
        "Mosul Mosul PROPN NNP 6 obl -",
        ". . PUNCT . 3 punct",
    ]);
    let e = one(&evs, "captured");
    assert_eq!(e.source.id, "IMGMUSISI");
    assert!(e.target.is_none(), "{}", show(&evs));
    assert_eq!(e.object.as_deref(), Some("U.S. weapons"));
    assert!(
        evs.iter()
            .all(|e| e.source.id != "USA" && e.source.id != "IRQ"),
        "{}",
        show(&evs)
    );
}

#[test]
fn nationality_adjective_on_a_place_is_not_a_state_acting_or_attacked() {
    let (_, evs) = code(&[
        "ISIS ISIS PROPN NNP 2 compound",
        "fighters fighter NOUN NNS 3 nsubj",
        "attacked attack VERB VBD 0 root",
        "an a DET DT 6 det",
        "Iraqi Iraqi ADJ JJ 6 amod",
        "town town NOUN NN 3 obj",
        "close close ADJ JJ 6 amod",
        "to to ADP IN 11 case",
        "the the DET DT 11 det",
        "Syrian Syrian ADJ JJ 11 amod",
        "border border NOUN NN 7 obl -",
        ". . PUNCT . 3 punct",
    ]);
    let e = one(&evs, "attacked");
    assert_eq!(e.source.id, "IMGMUSISI", "fighters of ISIS act for ISIS");
    assert!(e.target.is_none(), "{}", show(&evs));
    assert!(
        e.object
            .as_deref()
            .is_some_and(|o| o.starts_with("an Iraqi town")),
        "{}",
        show(&evs)
    );
    assert_eq!(evs.len(), 1, "{}", show(&evs));
}

#[test]
fn a_british_national_suspected_and_a_video_released_are_no_events() {
    let (_, evs) = code(&[
        "A a DET DT 3 det",
        "British British ADJ JJ 3 amod",
        "national national NOUN NN 7 nsubj",
        "suspected suspect VERB VBN 3 acl",
        "of of ADP IN 6 case",
        "beheadings beheading NOUN NNS 4 obl",
        "appeared appear VERB VBD 0 root",
        "in in ADP IN 10 case",
        "a a DET DT 10 det",
        "video video NOUN NN 7 obl",
        "released release VERB VBN 10 acl",
        "by by ADP IN 13 case",
        "ISIS ISIS PROPN NNP 11 obl:agent -",
        ". . PUNCT . 7 punct",
    ]);
    assert!(evs.is_empty(), "{}", show(&evs));
    let (_, evs) = code(&[
        "ISIS ISIS PROPN NNP 2 nsubj",
        "released release VERB VBD 0 root",
        "a a DET DT 4 det",
        "video video NOUN NN 2 obj -",
        ". . PUNCT . 2 punct",
    ]);
    assert!(evs.is_empty(), "a video is not a person: {}", show(&evs));
}

#[test]
fn releasing_people_is_a_release_with_their_nationality_as_target() {
    let (_, evs) = code(&[
        "ISIS ISIS PROPN NNP 2 nsubj",
        "released release VERB VBD 0 root",
        "two two NUM CD 5 nummod",
        "Turkish Turkish ADJ JJ 5 amod",
        "hostages hostage NOUN NNS 2 obj -",
        ". . PUNCT . 2 punct",
    ]);
    let e = one(&evs, "released");
    assert!(e.action.cameo.starts_with("084"), "{}", show(&evs));
    assert_eq!(e.source.id, "IMGMUSISI");
    assert_eq!(e.target.as_ref().map(|t| t.id.as_str()), Some("TUR"));
}

const NO_MISSILE: &[&str] = &[
    "\" \" PUNCT `` 5 punct -",
    "No no DET DT 3 det",
    "missile missile NOUN NN 5 nsubj:pass",
    "was be AUX VBD 5 aux:pass",
    "sent send VERB VBN 0 root",
    "to to ADP IN 7 case",
    "Russia Russia PROPN NNP 5 obl -",
    ", , PUNCT , 5 punct -",
    "\" \" PUNCT '' 5 punct",
    "Nozari Nozari PROPN NNP 11 nsubj",
    "said say VERB VBD 5 parataxis -",
    ". . PUNCT . 5 punct",
];

#[test]
fn no_missile_was_sent_is_negated_and_inside_a_denial_is_about_the_speakers_side() {
    let (text, doc) = tree(NO_MISSILE);
    assert!(text.starts_with("\"No missile was sent to Russia,\" Nozari"));
    // Outside any statement: an agentless passive has no source, so no event.
    assert!(code_with(&text, &doc, &[]).is_empty());
    let st = deny_statement(&text, "No missile was sent to Russia");
    let evs = code_with(&text, &doc, &[st]);
    let e = one(&evs, "sent");
    assert_eq!(e.source.id, "IRN", "the speaker's country: {}", show(&evs));
    assert_eq!(e.target.as_ref().map(|t| t.id.as_str()), Some("RUS"));
    assert_eq!(e.modality, Modality::Denied);
    assert_eq!(e.statement.as_deref(), Some("s1"));
}

const NEVER_SENT: &[&str] = &[
    "Tehran Tehran PROPN NNP 4 nsubj",
    "had have AUX VBD 4 aux",
    "never never ADV RB 4 advmod",
    "sent send VERB VBN 0 root",
    "drones drone NOUN NNS 4 obj",
    "for for ADP IN 7 case",
    "use use NOUN NN 4 obl",
    "in in ADP IN 9 case",
    "Ukraine Ukraine PROPN NNP 7 nmod -",
    ". . PUNCT . 4 punct",
];

#[test]
fn never_sent_drones_for_use_in_ukraine_is_negated_without_ukraine_as_recipient() {
    let (text, doc) = tree(NEVER_SENT);
    let evs = code_with(&text, &doc, &[]);
    let e = one(&evs, "sent");
    assert_eq!(e.source.id, "IRN");
    assert!(
        e.target.is_none(),
        "Ukraine is where, not to whom: {}",
        show(&evs)
    );
    assert_eq!(e.object.as_deref(), Some("drones"));
    assert_eq!(e.modality, Modality::Negated);
    let st = deny_statement(&text, "Tehran had never sent drones for use in Ukraine");
    let evs = code_with(&text, &doc, &[st]);
    assert_eq!(one(&evs, "sent").modality, Modality::Denied);
}

#[test]
fn indirect_object_is_the_recipient() {
    let (_, evs) = code(&[
        "Iran Iran PROPN NNP 2 nsubj",
        "sent send VERB VBD 0 root",
        "Russia Russia PROPN NNP 2 iobj",
        "hundreds hundred NOUN NNS 2 obj",
        "of of ADP IN 6 case",
        "drones drone NOUN NNS 4 nmod -",
        ". . PUNCT . 2 punct",
    ]);
    let e = one(&evs, "sent");
    assert_eq!(e.source.id, "IRN");
    assert_eq!(e.target.as_ref().map(|t| t.id.as_str()), Some("RUS"));
    assert_eq!(e.object.as_deref(), Some("hundreds of drones"));
    assert_eq!(e.action.plover, "AID", "{}", show(&evs));
}

#[test]
fn threat_is_one_event_on_its_complements_target() {
    let (_, evs) = code(&[
        "Iran Iran PROPN NNP 2 nsubj",
        "threatened threaten VERB VBD 0 root",
        "to to PART TO 4 mark",
        "attack attack VERB VB 2 xcomp",
        "Israel Israel PROPN NNP 4 obj -",
        ". . PUNCT . 2 punct",
    ]);
    let t = one(&evs, "threatened");
    assert_eq!(t.action.plover, "THREATEN");
    assert_eq!(t.target.as_ref().map(|t| t.id.as_str()), Some("ISR"));
    // The attack is only threatened: announced by a threat it is that threat (intent.tsv:
    // 19 → 138), one event with the threat read off "threatened", not a second attack event.
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("19")),
        "{}",
        show(&evs)
    );
    let (_, evs) = code(&[
        "Russia Russia PROPN NNP 3 nsubj",
        "will will AUX MD 3 aux",
        "attack attack VERB VB 0 root",
        "Kyiv Kyiv PROPN NNP 3 obj -",
        ". . PUNCT . 3 punct",
    ]);
    assert_eq!(one(&evs, "attack").modality, Modality::Future);
}

#[test]
fn event_nouns_need_their_own_arguments() {
    let (_, evs) = code(&[
        "Iran Iran PROPN NNP 3 nmod:poss",
        "'s 's PART POS 1 case",
        "transfer transfer NOUN NN 8 nsubj",
        "of of ADP IN 5 case",
        "missiles missile NOUN NNS 3 nmod",
        "to to ADP IN 7 case",
        "Russia Russia PROPN NNP 3 nmod",
        "alarmed alarm VERB VBD 0 root",
        "Kyiv Kyiv PROPN NNP 8 obj -",
        ". . PUNCT . 8 punct",
    ]);
    let e = one(&evs, "transfer");
    assert_eq!(e.source.id, "IRN", "{}", show(&evs));
    assert_eq!(e.target.as_ref().map(|t| t.id.as_str()), Some("RUS"));
    assert_eq!(e.object.as_deref(), Some("missiles"));
    let (_, evs) = code(&[
        "The the DET DT 2 det",
        "transfer transfer NOUN NN 3 nsubj",
        "alarmed alarm VERB VBD 0 root",
        "Kyiv Kyiv PROPN NNP 3 obj -",
        ". . PUNCT . 3 punct",
    ]);
    assert!(
        evs.iter().all(|e| e.action.verb != "transfer"),
        "{}",
        show(&evs)
    );
}

#[test]
fn a_doc_from_another_text_is_refused_not_sliced() {
    let (_, doc) = tree(NEVER_SENT);
    // Shorter text than the tree's spans: no events, no panic.
    let text = "Iran sent drones.";
    assert!(code_with(text, &doc, &[]).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Real news: Wikinews sentences of GUM (CC BY 4.0) with their gold trees.

fn gum_train() -> Option<Vec<conllu::GoldSentence>> {
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
    let root = std::env::var("DOSSIER_SHARED_DATA").unwrap_or_else(|_| default.to_string());
    let path =
        std::path::Path::new(&root).join("syntax/ud-english-gum-open/en_gum-open-ud-train.conllu");
    match std::fs::read_to_string(&path) {
        Ok(src) => Some(conllu::parse(&src).expect("GUM parses")),
        Err(_) => {
            eprintln!(
                "SKIP: {} not found (set DOSSIER_SHARED_DATA to the shared/data folder)",
                path.display()
            );
            None
        }
    }
}

fn gum_sentence(all: &[conllu::GoldSentence], starts: &str) -> (String, Doc) {
    let s = all
        .iter()
        .find(|s| {
            let (t, _) = conllu::gold_doc(std::slice::from_ref(*s));
            t.starts_with(starts)
        })
        .unwrap_or_else(|| panic!("GUM sentence {starts:?}"));
    conllu::gold_doc(std::slice::from_ref(s))
}

#[test]
fn gum_news_passive_arrest_by_police() {
    let Some(all) = gum_train() else { return };
    let (text, doc) = gum_sentence(&all, "Ahmed Mohamed, a 14-year-old boy from Irving");
    let evs = code_with(&text, &doc, &[]);
    let e = one(&evs, "arrested");
    assert_eq!(e.source.id, "USA.POLICE", "{}", show(&evs));
    assert_eq!(
        e.target.as_ref().map(|t| t.id.as_str()),
        Some("PERSON.ahmed-mohamed")
    );
    assert!(e.action.cameo.starts_with("17"), "{}", show(&evs));
}

#[test]
fn gum_news_north_korea_fired_artillery() {
    let Some(all) = gum_train() else { return };
    let (text, doc) = gum_sentence(&all, "Yesterday, North Korea fired artillery rounds");
    let evs = code_with(&text, &doc, &[]);
    let e = one(&evs, "fired");
    assert_eq!(e.source.id, "PRK", "{}", show(&evs));
    assert_eq!(e.object.as_deref(), Some("artillery rounds"));
    assert!(
        evs.iter().all(|e| e.source.id != "KOR"),
        "South Korea does not act: {}",
        show(&evs)
    );
}

#[test]
fn a_title_cased_headline_without_a_full_stop_is_page_furniture() {
    let rows = |kills: &str, end: Option<&'static str>| {
        let mut r = vec![
            "ISIS ISIS PROPN NNP 2 nsubj".to_string(),
            format!("{kills} kill VERB VBZ 0 root"),
            "300 300 NUM CD 5 nummod".to_string(),
            "Iraqi Iraqi ADJ JJ 5 amod".to_string(),
            format!(
                "{} soldier NOUN NNS 2 obj{}",
                if kills == "Kills" {
                    "Soldiers"
                } else {
                    "soldiers"
                },
                if end.is_some() { " -" } else { "" }
            ),
        ];
        if let Some(e) = end {
            r.push(e.to_string());
        }
        r
    };
    let headline = rows("Kills", None);
    let (_, evs) = code(&headline.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(evs.is_empty(), "{}", show(&evs));
    let sentence = rows("kills", Some(". . PUNCT . 2 punct"));
    let (_, evs) = code(&sentence.iter().map(String::as_str).collect::<Vec<_>>());
    let e = one(&evs, "kills");
    assert_eq!(e.source.id, "IMGMUSISI");
    assert_eq!(
        e.target.as_ref().map(|t| t.id.as_str()),
        Some("IRQ"),
        "Iraqi soldiers are Iraq's"
    );
}

#[test]
fn an_event_in_a_dismissed_claim_is_denied() {
    let (_, evs) = code(&[
        "Tehran Tehran PROPN NNP 2 nsubj",
        "dismissed dismiss VERB VBD 0 root",
        "claims claim NOUN NNS 2 obj",
        "that that SCONJ IN 7 mark",
        "it it PRON PRP 7 nsubj",
        "had have AUX VBD 7 aux",
        "sent send VERB VBN 3 acl",
        "missiles missile NOUN NNS 7 obj",
        "to to ADP IN 10 case",
        "Russia Russia PROPN NNP 7 obl -",
        ". . PUNCT . 2 punct",
    ]);
    // "it" is not resolved by the gazetteer: no source, so no transfer event; the denial itself
    // has no actor target.
    assert!(
        evs.iter().all(|e| e.action.verb != "sent"),
        "{}",
        show(&evs)
    );
    let (_, evs) = code(&[
        "Tehran Tehran PROPN NNP 2 nsubj",
        "dismissed dismiss VERB VBD 0 root",
        "claims claim NOUN NNS 2 obj",
        "that that SCONJ IN 7 mark",
        "Iran Iran PROPN NNP 7 nsubj",
        "had have AUX VBD 7 aux",
        "sent send VERB VBN 3 acl",
        "missiles missile NOUN NNS 7 obj",
        "to to ADP IN 10 case",
        "Russia Russia PROPN NNP 7 obl -",
        ". . PUNCT . 2 punct",
    ]);
    let e = one(&evs, "sent");
    assert_eq!(e.source.id, "IRN");
    assert_eq!(e.target.as_ref().map(|t| t.id.as_str()), Some("RUS"));
    assert_eq!(e.modality, Modality::Denied, "{}", show(&evs));
}

#[test]
fn compound_subjects_are_reciprocal_only_where_the_class_says_so() {
    let signed = [
        "Iran Iran PROPN NNP 4 nsubj",
        "and and CCONJ CC 3 cc",
        "Russia Russia PROPN NNP 1 conj",
        "signed sign VERB VBD 0 root",
        "a a DET DT 6 det",
        "treaty treaty NOUN NN 4 obj -",
        ". . PUNCT . 4 punct",
    ];
    let (_, evs) = code(&signed);
    let e = one(&evs, "signed");
    assert_eq!(e.source.id, "IRN");
    assert_eq!(
        e.co_sources
            .iter()
            .map(|a| a.id.as_str())
            .collect::<Vec<_>>(),
        ["RUS"],
        "signing together: {}",
        show(&evs)
    );
    // Condemning needs someone condemned: "the decision" is nobody's act here, so no event.
    let (_, evs) = code(&[
        "Iran Iran PROPN NNP 4 nsubj",
        "and and CCONJ CC 3 cc",
        "Russia Russia PROPN NNP 1 conj",
        "condemned condemn VERB VBD 0 root",
        "the the DET DT 6 det",
        "decision decision NOUN NN 4 obj -",
        ". . PUNCT . 4 punct",
    ]);
    assert!(evs.is_empty(), "{}", show(&evs));
    // A class that stands alone (mobilising) gives each member its own event.
    let (_, evs) = code(&[
        "Iran Iran PROPN NNP 4 nsubj",
        "and and CCONJ CC 3 cc",
        "Russia Russia PROPN NNP 1 conj",
        "mobilized mobilize VERB VBD 0 root",
        "troops troop NOUN NNS 4 obj -",
        ". . PUNCT . 4 punct",
    ]);
    let mut sources: Vec<&str> = evs.iter().map(|e| e.source.id.as_str()).collect();
    sources.sort();
    assert_eq!(sources, ["IRN", "RUS"], "one event each: {}", show(&evs));
    assert!(evs
        .iter()
        .all(|e| e.co_sources.is_empty() && e.target.is_none()));
}

#[test]
fn role_files_parse_and_malformed_lines_are_errors_with_file_and_line() {
    let (rules, nouns, words) = events::Roles::builtin().sizes();
    assert!(
        rules >= 20 && nouns >= 50 && words >= 30,
        "{rules} {nouns} {words}"
    );
    let err = events::Roles::from_tsv("# c\n18\tagainst\tmaybe\tany\tno\n", "", "").unwrap_err();
    assert_eq!((err.file, err.line), ("roles.tsv", 2), "{err}");
    let err = events::Roles::from_tsv("", "forces\tarmy\n", "").unwrap_err();
    assert_eq!(err.file, "nouns.tsv");
    assert!(events::Roles::from_tsv("", "", "will\tsoon\n").is_err());
    assert!(events::Roles::builtin().lemma_count() >= 30);
    assert!(events::Roles::default()
        .add_lemmas("meet\tverbal\n")
        .is_err());
}

#[test]
fn an_agentless_passive_takes_its_doer_from_the_attack_it_happened_in() {
    let (_, evs) = code(&[
        "Four four NUM CD 2 nummod",
        "children child NOUN NNS 4 nsubj:pass",
        "were be AUX VBD 4 aux:pass",
        "killed kill VERB VBN 0 root",
        "in in ADP IN 8 case",
        "Israeli Israeli ADJ JJ 8 amod",
        "tank tank NOUN NN 8 compound",
        "shelling shelling NOUN NN 4 obl -",
        ". . PUNCT . 4 punct",
    ]);
    let e = one(&evs, "killed");
    assert_eq!(e.source.id, "ISR", "{}", show(&evs));
    assert!(e.target.is_none());
    assert_eq!(e.object.as_deref(), Some("Four children"));
    // Without an attack noun the killer stays unknown: no event.
    let (_, evs) = code(&[
        "Four four NUM CD 2 nummod",
        "children child NOUN NNS 4 nsubj:pass",
        "were be AUX VBD 4 aux:pass",
        "killed kill VERB VBN 0 root",
        "in in ADP IN 6 case",
        "Mosul Mosul PROPN NNP 4 obl -",
        ". . PUNCT . 4 punct",
    ]);
    assert!(evs.is_empty(), "{}", show(&evs));
}

#[test]
fn a_target_inside_the_object_is_cut_from_the_object_and_said_has_no_addressee() {
    let (_, evs) = code(&[
        "Iran Iran PROPN NNP 2 nsubj",
        "sent send VERB VBD 0 root",
        "drones drone NOUN NNS 2 obj",
        "to to ADP IN 5 case",
        "Russia Russia PROPN NNP 3 nmod -",
        ". . PUNCT . 2 punct",
    ]);
    let e = one(&evs, "sent");
    assert_eq!(e.target.as_ref().map(|t| t.id.as_str()), Some("RUS"));
    assert_eq!(e.object.as_deref(), Some("drones"));
    let (_, evs) = code(&[
        "Nozari Nozari PROPN NNP 2 nsubj",
        "told tell VERB VBD 0 root",
        "Russia Russia PROPN NNP 2 obj -",
        ". . PUNCT . 2 punct",
    ]);
    // (Another state than his own: a person's own state is no counterpart, session 11.)
    assert_eq!(
        one(&evs, "told").target.as_ref().map(|t| t.id.as_str()),
        Some("RUS")
    );
    let (_, evs) = code(&[
        "Nozari Nozari PROPN NNP 2 nsubj",
        "mentioned mention VERB VBD 0 root",
        "Russia Russia PROPN NNP 2 obj -",
        ". . PUNCT . 2 punct",
    ]);
    assert!(
        evs.is_empty(),
        "a topic is not an addressee: {}",
        show(&evs)
    );
}

#[test]
fn a_companion_in_a_fight_is_no_target_and_a_fight_is_coded_one_way() {
    let (text, evs) = code(&[
        "Iranian Iranian ADJ JJ 2 amod",
        "troops troop NOUN NNS 3 nsubj",
        "fought fight VERB VBD 0 root",
        "with with ADP IN 5 case",
        "Russia Russia PROPN NNP 3 obl",
        "against against ADP IN 7 case",
        "ISIS ISIS PROPN NNP 3 obl -",
        ". . PUNCT . 3 punct",
    ]);
    assert_eq!(text, "Iranian troops fought with Russia against ISIS.");
    let e = one(&evs, "fought");
    assert_eq!(e.source.id, "IRN", "{}", show(&evs));
    assert_eq!(
        e.target.as_ref().map(|t| t.id.as_str()),
        Some("IMGMUSISI"),
        "the ally is not the enemy: {}",
        show(&evs)
    );
    assert!(
        evs.iter()
            .all(|e| e.source.id != "RUS" && e.target.as_ref().is_none_or(|t| t.id != "RUS")),
        "{}",
        show(&evs)
    );
    // With no enemy named, the ally is still not one.
    let (text, evs) = code(&[
        "Iranian Iranian ADJ JJ 2 amod",
        "troops troop NOUN NNS 3 nsubj",
        "fought fight VERB VBD 0 root",
        "with with ADP IN 5 case",
        "Russia Russia PROPN NNP 3 obl -",
        ". . PUNCT . 3 punct",
    ]);
    assert_eq!(text, "Iranian troops fought with Russia.");
    assert!(
        evs.iter()
            .all(|e| e.target.as_ref().is_none_or(|t| t.id != "RUS")),
        "{}",
        show(&evs)
    );
}

#[test]
fn a_nationality_on_rebels_is_not_the_state_but_on_troops_it_is() {
    let rows = |noun: &'static str, lemma: &'static str| {
        vec![
            "Syrian Syrian ADJ JJ 2 amod".to_string(),
            format!("{noun} {lemma} NOUN NNS 3 nsubj"),
            "signed sign VERB VBD 0 root".to_string(),
            "an a DET DT 5 det".to_string(),
            "agreement agreement NOUN NN 3 obj".to_string(),
            "with with ADP IN 7 case".to_string(),
            "Russia Russia PROPN NNP 3 obl -".to_string(),
            ". . PUNCT . 3 punct".to_string(),
        ]
    };
    let r = rows("rebels", "rebel");
    let (text, evs) = code(&r.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(text, "Syrian rebels signed an agreement with Russia.");
    assert!(
        evs.iter().all(|e| e.source.id != "SYR"),
        "rebels are not Syria: {}",
        show(&evs)
    );
    let r = rows("troops", "troop");
    let (_, evs) = code(&r.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(one(&evs, "signed").source.id, "SYR", "{}", show(&evs));
}

#[test]
fn attacking_a_building_is_never_figurative_criticism() {
    let (text, evs) = code(&[
        "ISIS ISIS PROPN NNP 2 nsubj",
        "attacked attack VERB VBD 0 root",
        "the the DET DT 5 det",
        "Westfield Westfield PROPN NNP 5 compound",
        "Mall Mall PROPN NNP 2 obj",
        "in in ADP IN 7 case",
        "Mosul Mosul PROPN NNP 2 obl -",
        ". . PUNCT . 2 punct",
    ]);
    assert_eq!(text, "ISIS attacked the Westfield Mall in Mosul.");
    let e = one(&evs, "attacked");
    assert!(
        ["18", "19", "20"]
            .iter()
            .any(|r| e.action.cameo.starts_with(r)),
        "an attack on a mall is violence, not criticism: {}",
        show(&evs)
    );
}

#[test]
fn a_possessor_made_subject_by_the_parser_is_not_the_doer() {
    // A misparse: the possessor heads the subject and "relatives" hangs below it.
    let (text, evs) = code(&[
        "Nozari Nozari PROPN NNP 4 nsubj -",
        "'s 's PART POS 1 case",
        "relatives relative NOUN NNS 1 appos",
        "pleaded plead VERB VBD 0 root",
        "with with ADP IN 6 case",
        "ISIS ISIS PROPN NNP 4 obl",
        "on on ADP IN 8 case",
        "Friday Friday PROPN NNP 4 obl -",
        ". . PUNCT . 4 punct",
    ]);
    assert_eq!(text, "Nozari's relatives pleaded with ISIS on Friday.");
    assert!(
        evs.iter().all(|e| e.source.id != "PERSON.fazlollah-nozari"),
        "the relatives plead, not Nozari: {}",
        show(&evs)
    );
    // The right parse: the relatives are the subject and name nobody.
    let (_, evs) = code(&[
        "Nozari Nozari PROPN NNP 3 nmod:poss -",
        "'s 's PART POS 1 case",
        "relatives relative NOUN NNS 4 nsubj",
        "pleaded plead VERB VBD 0 root",
        "with with ADP IN 6 case",
        "ISIS ISIS PROPN NNP 4 obl",
        "on on ADP IN 8 case",
        "Friday Friday PROPN NNP 4 obl -",
        ". . PUNCT . 4 punct",
    ]);
    assert!(
        evs.iter().all(|e| e.source.id != "PERSON.fazlollah-nozari"),
        "{}",
        show(&evs)
    );
}

#[test]
fn the_victim_of_a_passive_participle_is_the_name_before_a_subjectless_copula() {
    // A misparse: the name is the object of "believe", the copular clause has no subject.
    let (text, evs) = code(&[
        "Officials official NOUN NNS 2 nsubj",
        "believe believe VERB VBP 0 root",
        "journalist journalist NOUN NN 2 obj",
        "Ahmed Ahmed PROPN NNP 3 appos",
        "Mohamed Mohamed PROPN NNP 4 flat",
        "was be AUX VBD 8 cop",
        "the the DET DT 8 det",
        "victim victim NOUN NN 2 ccomp",
        "executed execute VERB VBN 8 acl",
        "by by ADP IN 11 case",
        "ISIS ISIS PROPN NNP 9 obl:agent -",
        ". . PUNCT . 2 punct",
    ]);
    assert_eq!(
        text,
        "Officials believe journalist Ahmed Mohamed was the victim executed by ISIS."
    );
    let e = one(&evs, "executed");
    assert_eq!(e.source.id, "IMGMUSISI", "{}", show(&evs));
    assert_eq!(
        e.target.as_ref().map(|t| t.id.as_str()),
        Some("PERSON.ahmed-mohamed"),
        "{}",
        show(&evs)
    );
}
