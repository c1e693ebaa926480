//! Session 27 (issue 17): precision on unseen news — a modal possibility is no event, military
//! protection is of someone, military aid sent is 072 and a border crossed is no act by itself. Sentences
//! written for these tests, each with a control that keeps its event.

use crate::event_harness::{events, on_verb};

#[test]
fn a_modal_possibility_is_no_event() {
    let (evs, dump) =
        events("Western officials fear that Islamic State may obtain a biological weapon.");
    assert!(on_verb(&evs, "obtain").is_empty(), "{dump}");
    let (evs, dump) =
        events("Analysts said Hezbollah might attack Israeli positions in the Golan.");
    assert!(on_verb(&evs, "attack").is_empty(), "{dump}");
    // Control: the act done is coded.
    let (evs, dump) = events("Hezbollah attacked Israeli positions in the Golan on Sunday.");
    assert!(
        on_verb(&evs, "attacked")
            .iter()
            .any(|e| e.source.id.contains("HEZBOLLAH") && e.action.cameo.starts_with("19")),
        "{dump}"
    );
}

#[test]
fn military_protection_is_of_someone_and_military_aid_is_072() {
    let (evs, dump) = events("German officials shielded the identity of the informant.");
    assert!(on_verb(&evs, "shielded").is_empty(), "{dump}");
    let (evs, dump) = events("The United States sent military aid to Ukraine last month.");
    assert!(
        on_verb(&evs, "sent")
            .iter()
            .any(|e| e.action.cameo == "072" && e.target.as_ref().is_some_and(|t| t.id == "UKR")),
        "{dump}"
    );
    // Control: humanitarian aid stays 073.
    let (evs, dump) = events("Britain sent humanitarian aid to Iraq on Friday.");
    assert!(
        on_verb(&evs, "sent")
            .iter()
            .any(|e| e.action.cameo == "073"),
        "{dump}"
    );
}

#[test]
fn a_border_crossed_is_no_act_but_an_army_crossing_is() {
    let (evs, dump) = events("Two Turkish journalists crossed the border into Syria on Sunday.");
    assert!(on_verb(&evs, "crossed").is_empty(), "{dump}");
    // Control: troops crossing into another state use force.
    let (evs, dump) = events(
        "Russian troops crossed the border into Ukraine overnight, the Ukrainian army said.",
    );
    assert!(
        on_verb(&evs, "crossed")
            .iter()
            .any(|e| e.action.cameo.starts_with("19")
                && e.target.as_ref().is_some_and(|t| t.id == "UKR")),
        "{dump}"
    );
}

#[test]
fn the_subject_of_what_is_said_is_no_one_the_speaker_accuses() {
    // "Phelps" parsed as the object of "claims": he is the subject of what is claimed.
    let (evs, dump) = events(
        "Taylor Chandler met Michael Phelps in 2011. Chandler claims Phelps was unaware of her \
         past when they dated.",
    );
    assert!(on_verb(&evs, "claims").is_empty(), "{dump}");
    // Control: a hostile act claimed blames its doer.
    let (evs, dump) = events(
        "Taylor Chandler met Michael Phelps in 2011. Chandler claims Phelps had assaulted her \
         after they dated.",
    );
    assert!(
        on_verb(&evs, "claims")
            .iter()
            .any(|e| e.target.as_ref().is_some_and(|t| t.id.contains("phelps"))),
        "{dump}"
    );
}
