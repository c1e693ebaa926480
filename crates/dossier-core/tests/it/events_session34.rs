//! Session 34 (issue 17): the event tables read right. Four CAMEO.2.0 verb blocks whose header
//! closes its code with no space ("---  DELAY   [120]---  ---") had their verbs and patterns
//! filed under the block before (delay, postpone, prevent under BLAME); "evacuate" gives no aid
//! by itself; "claimed the embassy" is a seizure, not an accusation; and the PLOVER event of
//! four CAMEO codes follows the PLOVER manual where the 2021 table's row disagrees with it.
//! Sentences from FNC-1 train bodies, each with a control that keeps its reading.

use crate::event_harness::{events, on_verb};
use dossier_core::events::EventLexicon;

fn block_of(lex: &EventLexicon, form: &str) -> String {
    let forms = lex.forms_starting(form);
    let f = forms
        .iter()
        .find(|f| f.words.len() == 1)
        .unwrap_or_else(|| panic!("no verb form {form:?}"));
    lex.blocks[f.block].name.clone()
}

#[test]
fn delay_verbs_sit_in_their_own_cameo_block() {
    let lex = EventLexicon::builtin();
    for form in ["delayed", "postponed", "prevents", "shelved", "stalling"] {
        assert_eq!(block_of(lex, form), "DELAY", "{form}");
    }
    assert_eq!(block_of(lex, "humiliated"), "DISGRACE");
    assert_eq!(block_of(lex, "overridden"), "OVERRULE");
    // CAMEO gives the DELAY block "Reject" (120) when no pattern names the act, and its
    // patterns ("postponed talks": halt negotiations) are its own, not an accusation's.
    let delay = &lex.blocks[lex
        .forms_starting("delay")
        .iter()
        .find(|f| f.words.len() == 1)
        .expect("delay")
        .block];
    assert_eq!(delay.default.as_deref(), Some("120"));
    assert!(delay.patterns.iter().any(|p| p.code.starts_with("16")));
    // Control: the blame verbs keep their block and its accusations, without the delays'.
    assert_eq!(block_of(lex, "blamed"), "BLAME");
    assert_eq!(block_of(lex, "accused"), "BLAME");
    let blame = &lex.blocks[lex
        .forms_starting("blamed")
        .iter()
        .find(|f| f.words.len() == 1)
        .expect("blamed")
        .block];
    assert!(blame.patterns.iter().all(|p| !p.code.starts_with("16")));
    let (evs, dump) = events("Russia blamed Ukraine for the delay.");
    assert!(
        on_verb(&evs, "blamed")
            .iter()
            .any(|e| e.action.cameo.starts_with("11")),
        "{dump}"
    );
}

#[test]
fn evacuating_a_compound_is_no_aid() {
    // fnc-2162.
    let (evs, dump) = events(
        "In late July, U.S. diplomats evacuated the compound and the capital and traveled to \
         neighboring Tunisia.",
    );
    assert!(on_verb(&evs, "evacuated").is_empty(), "{dump}");
    // Control: evacuating an embassy is still CAMEO's reduction of relations (161).
    let (evs, dump) = events("The United States evacuated its embassy in Libya.");
    assert!(
        on_verb(&evs, "evacuated")
            .iter()
            .any(|e| e.source.id == "USA" && e.action.cameo == "161"),
        "{dump}"
    );
}
