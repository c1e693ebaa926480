//! The whole pipeline (actors → attribution → events) on an article written for this test in
//! the style of the seed story.

use dossier_core::model::{Event, Modality};
use dossier_core::{extract, make_document, DocumentHeader};

const ARTICLE: &str =
    "CNN and the Wall Street Journal reported, citing unnamed sources, that Iran had \
transferred short-range ballistic missiles to Russia. Brigadier General Fazlollah Nozari, deputy \
commander of the Khatam al-Anbia Central Headquarters, dismissed the claims. He was quoted by the \
Iranian Labour News Agency as saying, \"No missile was sent to Russia.\"\n\n\
The Kremlin declined to comment. Russia did not attack Kyiv on Monday, officials said. If Iran \
sends missiles to Russia, the European Union will impose new sanctions on Tehran. Iran and Russia \
signed a military cooperation agreement in January.";

fn events() -> (String, Vec<Event>, Vec<String>) {
    let doc = make_document(ARTICLE, DocumentHeader::default());
    let ex = extract(&doc);
    let shown: Vec<String> = ex
        .events
        .iter()
        .map(|e| {
            format!(
                "{} {}→{:?} {} [{}] {:?} {:?}",
                e.id,
                e.source.id,
                e.target.as_ref().map(|t| &t.id),
                e.action.cameo,
                e.action.verb,
                e.modality,
                e.statement
            )
        })
        .collect();
    let ids: Vec<String> = ex.statements.iter().map(|s| s.id.clone()).collect();
    (doc.text, ex.events, [shown, ids].concat())
}

fn find<'a>(evs: &'a [Event], verb: &str, dump: &[String]) -> &'a Event {
    evs.iter()
        .find(|e| e.action.verb == verb)
        .unwrap_or_else(|| panic!("no event on {verb:?}: {dump:#?}"))
}

#[test]
fn the_seed_story_gives_reported_and_denied_transfers() {
    let (text, evs, dump) = events();
    let reported = find(&evs, "transferred", &dump);
    assert_eq!(reported.source.id, "IRN", "{dump:#?}");
    assert_eq!(reported.target.as_ref().map(|t| t.id.as_str()), Some("RUS"));
    assert_eq!(reported.action.plover, "AID");
    assert_eq!(
        reported.object.as_deref(),
        Some("short-range ballistic missiles")
    );
    assert_eq!(reported.modality, Modality::Reported, "{dump:#?}");
    assert!(reported.statement.is_some(), "{dump:#?}");

    let denied = find(&evs, "sent", &dump);
    assert_eq!(denied.target.as_ref().map(|t| t.id.as_str()), Some("RUS"));
    assert_eq!(denied.modality, Modality::Denied, "{dump:#?}");

    // Evidence spans are code-point offsets into the normalised text.
    let chars: Vec<char> = text.chars().collect();
    for e in &evs {
        let s: String = chars[e.evidence.start..e.evidence.end].iter().collect();
        assert_eq!(s, e.evidence.text);
    }
}

#[test]
fn the_seed_story_keeps_negation_conditions_and_compounds() {
    let (_, evs, dump) = events();
    let attack = find(&evs, "attack", &dump);
    assert_eq!(attack.modality, Modality::Negated, "{dump:#?}");
    assert_eq!(attack.target.as_ref().map(|t| t.id.as_str()), Some("UKR"));

    // The condition and its consequence are supposed, not events (session 28).
    assert!(
        evs.iter()
            .all(|e| e.action.verb != "sends" && e.action.verb != "impose"),
        "{dump:#?}"
    );

    let signed = find(&evs, "signed", &dump);
    let mut parties: Vec<&str> = std::iter::once(&signed.source)
        .chain(&signed.co_sources)
        .map(|a| a.id.as_str())
        .collect();
    parties.sort();
    assert_eq!(parties, vec!["IRN", "RUS"], "{dump:#?}");
}

/// Whether `dossier_syntax::parse` is the trained model (the placeholder tags every token `X`).
fn parser_is_trained() -> bool {
    let doc = dossier_core::syntax::parse("Iran sent drones to Russia.");
    let trained = doc
        .tokens
        .iter()
        .any(|t| t.upos != dossier_core::syntax::Upos::X);
    if !trained {
        eprintln!(
            "SKIP: dossier_syntax::parse is the untrained placeholder; this test needs the parser"
        );
    }
    trained
}

/// The misreadings of real news listed in issue 17, in sentences written for this test.
const MISREADINGS: &str = "ISIS released a video on Tuesday showing the killing of a British \
national. U.S. weapons captured by ISIS were displayed in the video. An Iraqi town close to the \
Syrian border fell to the militants last week. ISIS released two Turkish hostages on Sunday.";

#[test]
fn nationality_adjectives_places_and_videos_are_not_parties_with_the_parser() {
    if !parser_is_trained() {
        return;
    }
    // The tree coder over the whole pipeline's layers (actors, attribution, the parsed Doc).
    let doc = make_document(MISREADINGS, DocumentHeader::default());
    let text = doc.text.as_str();
    let sentences = dossier_core::text::sentences(text);
    let offsets = dossier_core::text::Offsets::new(text);
    let actors = dossier_core::actors::ActorLayer::recognise(
        text,
        &sentences,
        dossier_core::lexicon::Lexicon::embedded(),
    );
    let statements = dossier_core::attribution::attribute(text, &sentences, &actors, &offsets);
    let syn = dossier_core::syntax::parse(text);
    struct Ex {
        events: Vec<Event>,
    }
    let ex = Ex {
        events: dossier_core::events::extract(
            text,
            &syn,
            &actors,
            &statements,
            dossier_core::events::EventLexicon::builtin(),
        ),
    };
    let dump: Vec<String> = ex
        .events
        .iter()
        .map(|e| {
            format!(
                "{}→{:?} {} [{}] obj={:?} | {}",
                e.source.id,
                e.target.as_ref().map(|t| &t.id),
                e.action.cameo,
                e.action.verb,
                e.object,
                e.evidence.text
            )
        })
        .collect();
    assert!(
        ex.events.iter().all(|e| e.source.id != "GBR"
            && e.source.id != "USA"
            && e.source.id != "IRQ"
            && e.target
                .as_ref()
                .is_none_or(|t| t.id != "SYR" && t.id != "USA")),
        "{dump:#?}"
    );
    let released: Vec<&Event> = ex
        .events
        .iter()
        .filter(|e| e.action.verb == "released")
        .collect();
    assert_eq!(
        released.len(),
        1,
        "only the hostages are released: {dump:#?}"
    );
    assert_eq!(
        released[0].target.as_ref().map(|t| t.id.as_str()),
        Some("TUR"),
        "{dump:#?}"
    );
    let captured = find(&ex.events, "captured", &dump);
    assert!(captured.target.is_none(), "{dump:#?}");
}

/// Events coded by the whole pipeline on one text: (source, target, CAMEO, verb).
fn coded(text: &str) -> Vec<(String, Option<String>, String, String)> {
    let doc = make_document(text, DocumentHeader::default());
    extract(&doc)
        .events
        .iter()
        .map(|e| {
            (
                e.source.id.clone(),
                e.target.as_ref().map(|t| t.id.clone()),
                e.action.cameo.clone(),
                e.action.verb.clone(),
            )
        })
        .collect()
}

#[test]
fn target_less_acts_motion_and_state_verbs_are_not_events() {
    // A meeting or a criticism needs someone met or criticised; travel and office are no acts.
    for text in [
        "The US did not meet their unspecified demands, officials said.",
        "James Wright Foley went missing in Syria in November 2012.",
        "Foley traveled extensively in the Middle East before he was captured.",
        "Sir Peter Westmacott serves as the British ambassador to the U.S.",
        "Connie Mariano left the White House in 2001.",
        "Yasir Abdulla decided to go to Iraq last month.",
    ] {
        let evs = coded(text);
        assert!(evs.is_empty(), "{text}: {evs:?}");
    }
    // An outlet is not a party: "interviewed by NBC News".
    let evs = coded("A senior Iraqi security official was interviewed by NBC News on Sunday.");
    assert!(evs.iter().all(|e| !e.0.starts_with("OUTLET")), "{evs:?}");
}

#[test]
fn figurative_violence_is_criticism_or_rejection_and_passive_agents_are_sources() {
    let evs =
        coded("Hillary Clinton blasted Donald Trump's call for a deportation force on Wednesday.");
    let e = evs
        .iter()
        .find(|e| e.3 == "blasted")
        .expect("an event on blasted");
    assert!(e.2.starts_with("11"), "a criticism, not an attack: {evs:?}");
    assert_eq!(e.1.as_deref(), Some("PERSON.donald-trump"), "{evs:?}");

    let evs = coded("James Foley has reportedly been executed by the Islamic State.");
    let e = evs
        .iter()
        .find(|e| e.3 == "executed")
        .expect("an event on executed");
    assert_eq!(e.0, "GROUP.ISIS", "{evs:?}");
    assert_eq!(e.1.as_deref(), Some("PERSON.james-foley"), "{evs:?}");
    assert!(e.2.starts_with("18") || e.2.starts_with("19"), "{evs:?}");

    // "an American journalist" is one person, not the United States.
    let evs = coded("Islamic State militants beheaded an American journalist.");
    assert!(evs.iter().all(|e| e.1.as_deref() != Some("USA")), "{evs:?}");
}

#[test]
fn a_hedging_adverb_makes_the_articles_own_event_reported() {
    let doc = make_document(
        "Abu Bakr al-Baghdadi was purportedly killed by US air strikes near Mosul.",
        DocumentHeader::default(),
    );
    let x = extract(&doc);
    let e = x
        .events
        .iter()
        .find(|e| e.action.verb == "killed")
        .unwrap_or_else(|| panic!("no event on killed: {:?}", x.events));
    assert_eq!(e.source.id, "USA");
    assert_eq!(e.modality, Modality::Reported);
}
