//! Session 10 (issue 17), from the PLOVER gold records' misses and unseen FNC-1 bodies:
//! - a threat, demand or refusal whose complement's object is no actor is aimed at the one the
//!   complement's act is directed at ("threatened to cut off electricity to Azerbaijan");
//! - a bare participle conjunct of a passive shares its passive ("she was arrested and
//!   extradited to the United States": she is not the extraditer);
//! - joining an act is taking part in it ("the UK joined US-led air strikes against IS").
//!
//! Sentences written for these tests, checked through the whole pipeline.

use crate::event_harness::{events, on_verb};

fn target(e: &dossier_core::model::Event) -> Option<&str> {
    e.target.as_ref().map(|t| t.id.as_str())
}

#[test]
fn a_threat_is_aimed_at_the_one_the_threatened_act_is_directed_at() {
    let (evs, dump) = events(
        "Iran on Tuesday threatened to cut off electricity to Azerbaijan over unpaid bills.",
    );
    let threat = on_verb(&evs, "threatened");
    assert_eq!(threat.len(), 1, "{dump}");
    assert!(threat[0].action.cameo.starts_with("13"), "{dump}");
    assert_eq!(threat[0].source.id, "IRN", "{dump}");
    assert_eq!(target(threat[0]), Some("AZE"), "{dump}");
}

#[test]
fn a_place_where_the_threatened_act_would_happen_is_no_target() {
    // "in Israel" is where the attacks would resume, not whom the threat is made of: a
    // locative never gives the target (the threat itself needs one, so no event).
    let (evs, dump) = events("Hamas threatened on Monday to resume its activities in Israel.");
    assert!(
        on_verb(&evs, "threatened")
            .iter()
            .all(|e| target(e) != Some("ISR")),
        "{dump}"
    );
}

#[test]
fn the_undergoer_of_a_passive_conjunct_is_not_its_doer() {
    let (evs, dump) = events(
        "Gill Rosenberg travelled to Iraq last year. In 2013 she was arrested and extradited to the United States.",
    );
    assert!(
        on_verb(&evs, "extradited")
            .iter()
            .all(|e| e.source.id != "PERSON.gill-rosenberg"
                && !e.source.id.to_lowercase().contains("rosenberg")),
        "{dump}"
    );
}

#[test]
fn joining_air_strikes_is_taking_part_in_them() {
    let (evs, dump) = events(
        "Britain joined US-led air strikes against the Islamic State group in Iraq last month.",
    );
    let joined = on_verb(&evs, "joined");
    assert_eq!(joined.len(), 1, "{dump}");
    assert!(joined[0].action.cameo.starts_with("19"), "{dump}");
    assert_eq!(joined[0].source.id, "GBR", "{dump}");
    assert!(
        !evs.iter().any(|e| e.action.cameo.starts_with("04")),
        "joining strikes is no consultation: {dump}"
    );
}

#[test]
fn joining_a_group_is_not_an_act_of_violence() {
    let (evs, dump) = events("Two Canadian men joined the Islamic State group in Syria last year.");
    assert!(
        !on_verb(&evs, "joined")
            .iter()
            .any(|e| e.action.cameo.starts_with("19")),
        "{dump}"
    );
}
