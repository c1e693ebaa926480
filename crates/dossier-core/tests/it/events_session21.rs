//! Session 21 (issue 17): general mechanisms checked on FNC-1 train bodies — a verb pattern's
//! first word is looked for past an active verb's object's determiners, a passive's agent is no
//! pattern word (except a word the parser hung on it before its "by"). Each on sentences written
//! for this test, with a control that the right reading is still coded.

use crate::event_harness::{events, on_verb};

fn target_of(e: &dossier_core::model::Event) -> Option<&str> {
    e.target.as_ref().map(|t| t.id.as_str())
}

#[test]
fn sanctions_after_an_active_objects_determiners_are_still_sanctions() {
    // "slap * sanctions" is 163 (embargo, sanctions); the bare verb is 180. The sanctions come
    // after "the new round of economic": the pattern still reads them, so no assault.
    let (evs, dump) = events(
        "The United States and the European Union slapped the new round of economic sanctions on Russia on Tuesday.",
    );
    let slap = on_verb(&evs, "slapped");
    assert!(!slap.is_empty(), "{dump}");
    assert!(slap.iter().all(|e| e.action.cameo == "163"), "{dump}");
    // Control: a slap with no sanctions in the verb's phrase stays the default class.
    let (evs, dump) = events("Turkey slapped a heavy fine on Greece over the fishing boats.");
    assert!(
        on_verb(&evs, "slapped")
            .iter()
            .all(|e| e.action.cameo != "163"),
        "{dump}"
    );
}

#[test]
fn a_passive_agent_is_not_what_the_verb_pattern_names() {
    // "provide * &military" is military aid (072); here the army is the agent of the passive,
    // what it provided is a photo.
    let (evs, dump) = events(
        "A photo provided by the Nicaraguan Army showed the crater near the capital, Managua.",
    );
    assert!(!evs.iter().any(|e| e.action.cameo == "072"), "{dump}");
    // Control: aid provided to someone in the active voice is still aid (07x) to them.
    let (evs, dump) = events("Russia provided military aid to Syria last year.");
    assert!(
        on_verb(&evs, "provided")
            .iter()
            .any(|e| e.action.cameo.starts_with("07") && target_of(e) == Some("SYR")),
        "{dump}"
    );
}

#[test]
fn a_word_before_the_agents_by_is_still_the_verbs() {
    // The parser hangs "captive" on "Isis" (an amod of the agent); it comes before "by" and is
    // the verb's own word: "hold * captive" with a group holding people is an abduction (181).
    let (evs, dump) = events(
        "In a vague reference to Americans held captive by Isis or near its path in Iraq, Obama said the US would do everything it could.",
    );
    assert!(
        on_verb(&evs, "held")
            .iter()
            .any(|e| e.action.cameo == "181" && e.source.id == "GROUP.ISIS"),
        "{dump}"
    );
}
