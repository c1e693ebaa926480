//! Sessions 25–26 (issue 17): an execution is a killing only of people ("executed a rescue
//! operation" is none); an act in the future tense keeps its CAMEO code with modality future and
//! takes the PLOVER type of its intent ("will visit" → 042, AGREE); help to no one, demands read
//! after "that", BOOST verbs, armed groups' surrender. Sentences written for these tests, each
//! with a control.

use crate::event_harness::{events, on_verb};
use dossier_core::model::Modality;

fn target_of(e: &dossier_core::model::Event) -> Option<&str> {
    e.target.as_ref().map(|t| t.id.as_str())
}

#[test]
fn an_execution_is_a_killing_only_of_people() {
    let (evs, dump) = events(
        "Islamic State militants executed two more doctors in Mosul last week, residents said.",
    );
    assert!(
        on_verb(&evs, "executed")
            .iter()
            .any(|e| e.source.id == "GROUP.ISIS" && e.action.cameo.starts_with("19")),
        "{dump}"
    );
    // Control: carrying out an operation kills no one.
    let (evs, dump) = events(
        "Turkish special forces executed a daring rescue operation near the Syrian border on \
         Friday.",
    );
    assert!(on_verb(&evs, "executed").is_empty(), "{dump}");
}

#[test]
fn a_visit_in_the_future_tense_keeps_its_code_and_is_a_plan_in_plover() {
    // CAMEO code of the act (as the PETRARCH-2 records code "will supply arms"), modality
    // future, PLOVER type of the plan (as the PLOVER records code "will visit Albania").
    let (evs, dump) = events("Lavrov will visit Beijing next week.");
    let visit = on_verb(&evs, "visit");
    assert!(
        visit.iter().any(|e| e.action.cameo == "042"
            && target_of(e) == Some("CHN")
            && e.action.plover == "AGREE"
            && e.modality == Modality::Future),
        "{dump}"
    );
    // Control: a visit made is a consultation.
    let (evs, dump) = events("Lavrov visited Beijing on Tuesday.");
    assert!(
        on_verb(&evs, "visited")
            .iter()
            .any(|e| e.action.cameo == "042"
                && target_of(e) == Some("CHN")
                && e.action.plover == "CONSULT"),
        "{dump}"
    );
}

#[test]
fn aid_in_the_future_tense_is_aid_planned() {
    let (evs, dump) = events("Japan will send emergency food aid to Nepal.");
    assert!(
        on_verb(&evs, "send")
            .iter()
            .any(|e| e.action.cameo.starts_with("07")
                && target_of(e) == Some("NPL")
                && e.action.plover == "AGREE"),
        "{dump}"
    );
    // Control: aid sent is aid.
    let (evs, dump) = events("Japan sent emergency food aid to Nepal.");
    assert!(
        on_verb(&evs, "sent")
            .iter()
            .any(|e| e.action.cameo.starts_with("07")
                && target_of(e) == Some("NPL")
                && e.action.plover == "AID"),
        "{dump}"
    );
    // Control: aid ruled out is no plan.
    let (evs, dump) = events("Japan will not send food aid to Nepal, the ministry said.");
    assert!(
        on_verb(&evs, "send")
            .iter()
            .all(|e| e.action.plover != "AGREE"),
        "{dump}"
    );
}

#[test]
fn help_given_to_no_one_of_nothing_is_no_event() {
    let (evs, dump) =
        events("France and Britain have helped, but the rebels say far more is needed.");
    assert!(on_verb(&evs, "helped").is_empty(), "{dump}");
    // Control: help given to someone.
    let (evs, dump) =
        events("France and Britain have helped Ukraine with weapons and training since 2022.");
    assert!(
        on_verb(&evs, "helped")
            .iter()
            .any(|e| target_of(e) == Some("UKR")),
        "{dump}"
    );
}

#[test]
fn a_demand_is_made_of_the_actor_named_after_that() {
    // The subjunctive "lift" mistagged: no clause, the actor read by word order.
    let (evs, dump) = events(
        "The European Union demanded that the Ethiopian government restore internet access in Tigray.",
    );
    assert!(
        on_verb(&evs, "demanded")
            .iter()
            .any(|e| e.action.cameo.starts_with("10")
                && target_of(e).is_some_and(|t| t.starts_with("ETH"))),
        "{dump}"
    );
    // Control: a report of what the government did is no demand of it.
    let (evs, dump) = events(
        "Human Rights Watch said that the Egyptian government had freed the detained journalists.",
    );
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("10")),
        "{dump}"
    );
}

#[test]
fn increasing_something_is_no_cooperation_unless_a_pattern_names_it() {
    // CAMEO's BOOST default (060) made watching an enemy more closely a cooperation with it.
    let (evs, dump) =
        events("The Pentagon has increased surveillance of Islamic State positions near Raqqa.");
    assert!(on_verb(&evs, "increased").is_empty(), "{dump}");
    // Control: a pattern of the block names the cooperation ("boost relations").
    let (evs, dump) = events("The United States has boosted relations with Vietnam since 2016.");
    assert!(
        on_verb(&evs, "boosted")
            .iter()
            .any(|e| e.action.cameo.starts_with("06") && target_of(e) == Some("VNM")),
        "{dump}"
    );
}

#[test]
fn an_armed_groups_surrender_is_a_military_one() {
    let (evs, dump) = events(
        "More than two hundred Taliban fighters surrendered to Afghan forces in Helmand on \
         Saturday.",
    );
    assert!(
        on_verb(&evs, "surrendered")
            .iter()
            .any(|e| e.source.id == "GROUP.TALIBAN" && e.action.cameo == "0874"),
        "{dump}"
    );
    // Control: a state giving in to demands yields; it does not retreat.
    let (evs, dump) =
        events("Pakistan surrendered to the demands of the protesters in Islamabad on Friday.");
    assert!(
        on_verb(&evs, "surrendered")
            .iter()
            .all(|e| e.action.cameo != "0874"),
        "{dump}"
    );
}
