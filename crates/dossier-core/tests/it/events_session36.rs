//! Session 36 (issue 17): "X said Y must do Z" is X's demand of Y (PLOVER REQUEST), not Y's act;
//! persons held by a state are detained, not taken hostage. Sentences from FNC-1 train bodies
//! where they exist, each with a control that keeps its reading.

use crate::event_harness::{events, on_verb};

#[test]
fn a_must_in_a_reported_clause_is_the_speakers_demand() {
    // A CAMEO manual example (PLOVER REQUEST record): the helicopter is not returned, Russia
    // demands its return (1053, the demand parallel of the appeal 0253).
    let (evs, dump) = events(
        "Russia said on Tuesday that Sudan must return a Mi-26 helicopter that was captured by \
         the Sudanese authorities last week.",
    );
    assert!(
        on_verb(&evs, "said").iter().any(|e| e.source.id == "RUS"
            && e.target.as_ref().is_some_and(|t| t.id == "SDN")
            && e.action.cameo == "1053"
            && e.action.plover == "REQUEST"),
        "{dump}"
    );
    assert!(on_verb(&evs, "return").is_empty(), "{dump}");
    // Control: the return reported as done is no demand.
    let (evs, dump) =
        events("Russia said on Tuesday that Sudan had returned a Mi-26 helicopter to Moscow.");
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("10")),
        "{dump}"
    );
}

#[test]
fn a_demand_is_one_whatever_the_act_demanded() {
    // "drop barriers" has no CAMEO code of its own (the DROP block's patterns exclude it); the
    // demand is still Washington's on China: the unspecified demand, 100.
    let (evs, dump) = events(
        "Washington declared on Tuesday that China must drop barriers to U.S. exports or face \
         tariff penalties.",
    );
    assert!(
        on_verb(&evs, "declared")
            .iter()
            .any(|e| e.source.id.starts_with("USA")
                && e.target.as_ref().is_some_and(|t| t.id == "CHN")
                && e.action.cameo == "100"),
        "{dump}"
    );
    // Control: a report that China dropped them is no demand.
    let (evs, dump) =
        events("Washington declared on Tuesday that China had dropped barriers to U.S. exports.");
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("10")),
        "{dump}"
    );
}

#[test]
fn a_must_of_ones_own_side_is_no_demand() {
    // fnc-2528: the Prime Minister's own country is asked; no one else is.
    let (evs, dump) = events(
        "British Prime Minister Theresa May said Britain must introduce all the legal powers \
         necessary to win the struggle against terror that is feared to last for decades.",
    );
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("10")),
        "{dump}"
    );
    // Control: an inference ("must have") is no obligation, and no demand.
    let (evs, dump) = events("Russia said on Tuesday that Sudan must have seized the helicopter.");
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("10")),
        "{dump}"
    );
}

#[test]
fn prisoners_held_by_a_state_are_detained() {
    // fnc-509: CAMEO's "* &hostage" reads "prisoners" as hostages; held by Lebanon, they are
    // detained (173), not taken hostage (181).
    let (evs, dump) = events(
        "The extremists have been holding more than 20 Lebanese soldiers and policemen hostage \
         since August, and have demanded the release of Islamist prisoners held by Lebanon.",
    );
    let held = on_verb(&evs, "held");
    assert!(
        held.iter()
            .any(|e| e.source.id == "LBN" && e.action.cameo == "173"),
        "{dump}"
    );
    assert!(held.iter().all(|e| e.action.cameo != "181"), "{dump}");
    // Control: a group holding captives keeps the abduction (fnc-1233-like wording from the
    // same reports: "Boko Haram was holding more than 500 women and young girls captive").
    let (evs, dump) = events(
        "Human Rights Watch said in a report that Boko Haram was holding more than 500 women \
         and young girls captive.",
    );
    assert!(
        on_verb(&evs, "holding")
            .iter()
            .all(|e| e.action.cameo != "173"),
        "{dump}"
    );
}
