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

#[test]
fn claiming_an_embassy_is_seizing_it() {
    // fnc-920.
    let (evs, dump) = events(
        "Dawn of Libya, an organization consisting of militants from several organizations, \
         announced that it had claimed the embassy, which has been evacuated for a month.",
    );
    let claimed = on_verb(&evs, "claimed");
    assert!(
        claimed.iter().all(|e| !e.action.cameo.starts_with("11")),
        "no accusation: {dump}"
    );
    assert!(claimed.iter().any(|e| e.action.cameo == "171"), "{dump}");
    // Controls: a claimed responsibility stays CAMEO's 015 (fnc-981), and a claim
    // whose content is a clause seizes nothing (fnc-43 "The story claimed the town …").
    let (evs, dump) = events(
        "In recent months, al-Shabaab claimed responsibility for a suicide bombing in Djibouti \
         that killed a Turkish national.",
    );
    assert!(
        on_verb(&evs, "claimed")
            .iter()
            .all(|e| !e.action.cameo.starts_with("17") && !e.action.cameo.starts_with("19")),
        "{dump}"
    );
    let (evs, dump) = events(
        "The story claimed the town of Purdon was quarantined after a family of five tested \
         positive for the virus.",
    );
    assert!(on_verb(&evs, "claimed").is_empty(), "{dump}");
}

#[test]
fn a_cue_whose_pattern_is_a_material_act_is_that_act() {
    // fnc-520 (after its sentence): declaring a state of emergency imposes it (CAMEO 1724).
    let (evs, dump) = events(
        "The Nigerian government declared a state of emergency in the northeastern states of \
         Borno, Yobe and Adamawa in May 2013.",
    );
    assert!(
        on_verb(&evs, "declared")
            .iter()
            .any(|e| e.action.cameo == "1724"),
        "{dump}"
    );
    // Control (fnc-520): an accusation of crimes is speech, not a legal charge (173) made by
    // Amnesty International.
    let (evs, dump) = events(
        "Amnesty International has accused the Nigerian military of war crimes, including \
         extrajudicial killings, in its fight against Boko Haram.",
    );
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("17")),
        "{dump}"
    );
}

#[test]
fn plover_events_follow_the_manual_where_the_table_disagrees() {
    let lex = EventLexicon::builtin();
    let plover = |c: &str| lex.cameo(c).map(|i| i.plover.clone()).unwrap_or_default();
    // PLOVER manual §3.13: international sanctions are SANCTION "discontinue"; §3.4: lifting a
    // curfew or a state of emergency is a concession; §3.11: military occupation is ASSAULT.
    assert_eq!(plover("163"), "SANCTION");
    assert_eq!(plover("0813"), "CONCEDE");
    assert_eq!(plover("0814"), "CONCEDE");
    assert_eq!(plover("192"), "ASSAULT");
    // Controls: rows where table and manual agree stay.
    assert_eq!(plover("191"), "COERCE");
    assert_eq!(plover("1712"), "ASSAULT");
    assert_eq!(plover("0841"), "RETREAT");
    assert_eq!(plover("172"), "COERCE");
    // fnc-1136: the seizure of villages is an occupation, coded ASSAULT.
    let (evs, dump) = events(
        "IS has seized at least 64 villages around Kobani since Tuesday, using heavy arms and \
         thousands of fighters.",
    );
    assert!(
        on_verb(&evs, "seized")
            .iter()
            .any(|e| e.action.cameo == "192" && e.action.plover == "ASSAULT"),
        "{dump}"
    );
}
