//! Session 18 (issue 17): codebook precedence and wrong readings seen on FNC-1 train bodies, each
//! on sentences written for this test with a control that the right reading next to it is still
//! coded.

use crate::event_harness::{events, on_verb};
use dossier_core::events::EventLexicon;

#[test]
fn hand_written_rows_override_the_codebook_rows_they_repeat() {
    let mut lex = EventLexicon::from_tsv(
        "# forms\nfight\tFIGHT\t\nfights\tFIGHT\t\n",
        "FIGHT\t190\t*\nFIGHT\t193\t* fire\n",
        "",
        "",
        "",
    )
    .unwrap();
    lex.overlay_tsv(
        "fight\tBRAWL\t\n",
        "FIGHT\t180\t*\nFIGHT\t---\t* fire\nFIGHT\t183\t* bombs\nBRAWL\t181\t*\n",
    )
    .unwrap();
    let block = |name: &str| lex.blocks.iter().find(|b| b.name == name).unwrap();
    // The same form points at the overlay's block, once.
    let forms = lex.forms_starting("fight");
    assert_eq!(forms.len(), 1, "{forms:?}");
    assert_eq!(lex.blocks[forms[0].block].name, "BRAWL");
    // A form the overlay does not repeat keeps its row.
    assert_eq!(
        lex.blocks[lex.forms_starting("fights")[0].block].name,
        "FIGHT"
    );
    // The same pattern, and the block default, take the overlay's code; a new pattern is added.
    let fight = block("FIGHT");
    assert_eq!(fight.default.as_deref(), Some("180"));
    assert_eq!(fight.patterns.len(), 2, "{:?}", fight.patterns);
    assert_eq!(fight.patterns[0].code, "---");
    assert_eq!(fight.patterns[1].code, "183");
}

#[test]
fn negotiating_with_someone_is_a_negotiation() {
    // CAMEO files "negotiate" under COMPROMISE: "with" read as diplomatic cooperation (050),
    // no pattern as a concession (080). verbs_extra.tsv gives it its own class, 046.
    let (evs, dump) = events("Nigeria's government has negotiated with Boko Haram since June.");
    let e = on_verb(&evs, "negotiated");
    assert!(
        e.iter().any(|e| e.action.cameo == "046"
            && e.target.as_ref().is_some_and(|t| t.id == "GROUP.BOKOHARAM")),
        "{dump}"
    );
    assert!(e.iter().all(|e| e.action.cameo == "046"), "{dump}");
}

#[test]
fn being_watched_is_no_investigation() {
    let (evs, dump) = events(
        "The attacker was one of 90 people being monitored by Canadian police over extremist \
         beliefs. Canadian police searched his house on Wednesday.",
    );
    assert!(on_verb(&evs, "monitored").is_empty(), "{dump}");
    // Control: a search is still an investigation.
    assert!(
        on_verb(&evs, "searched")
            .iter()
            .any(|e| e.action.cameo.starts_with("09")),
        "{dump}"
    );
}

#[test]
fn keeping_a_promise_is_no_praise() {
    // ACCLAIM's default is praise (051); an exclusion reads past the object's determiners.
    let (evs, dump) = events("Boko Haram had honoured its first promise, the official said.");
    assert!(on_verb(&evs, "honoured").is_empty(), "{dump}");
    // Control: honouring someone is still praise.
    let (evs, dump) = events("North Korea honoured Russia's president with a state banquet.");
    assert!(
        on_verb(&evs, "honoured")
            .iter()
            .any(|e| e.action.cameo.starts_with("05")),
        "{dump}"
    );
}
