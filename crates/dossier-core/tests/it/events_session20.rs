//! Session 20 (issue 17): readings seen wrong on FNC-1 train bodies, fixed by mechanism — an
//! act asked for is the caller's appeal, never the act done; a refusal of a symmetric act is the
//! refuser's alone; a place after an act aimed "against" someone is no target. Each on
//! sentences written for this test, with a control that the right reading is still coded.

use crate::event_harness::{events, on_verb};
use dossier_core::model::Modality;

fn target_of(e: &dossier_core::model::Event) -> Option<&str> {
    e.target.as_ref().map(|t| t.id.as_str())
}

#[test]
fn urging_someone_to_act_is_an_appeal_not_the_act() {
    let (evs, dump) =
        events("The German chancellor urged Iran to release the detained journalists.");
    // Nobody released anyone: no release (084) by Iran, asserted or supposed.
    assert!(on_verb(&evs, "release").is_empty(), "{dump}");
    // The chancellor appealed to Iran for a release (CAMEO 0253).
    let e = on_verb(&evs, "urged");
    assert!(
        e.iter().any(|e| e.action.cameo == "0253"
            && e.source.id.contains("chancellor")
            && target_of(e) == Some("IRN")
            && e.modality == Modality::Asserted),
        "{dump}"
    );
    let (evs, dump) = events("Egypt asked Israel to withdraw its troops from Gaza.");
    assert!(on_verb(&evs, "withdraw").is_empty(), "{dump}");
    assert!(
        on_verb(&evs, "asked")
            .iter()
            .any(|e| e.action.cameo.starts_with("02")
                && e.source.id == "EGY"
                && target_of(e) == Some("ISR")),
        "{dump}"
    );
}

#[test]
fn calling_on_someone_to_act_is_an_appeal_by_the_caller() {
    let (evs, dump) = events(
        "The Syrian foreign minister called on Monday on Russia to send more troops to Aleppo.",
    );
    assert!(on_verb(&evs, "send").is_empty(), "{dump}");
    assert!(
        on_verb(&evs, "called")
            .iter()
            .any(|e| e.action.cameo.starts_with("02") && target_of(e) == Some("RUS")),
        "{dump}"
    );
    // Called on people who are no actor to attack: no attack by the caller, and no appeal
    // to anyone trackable.
    let (evs, dump) = events(
        "Meanwhile the Hezbollah movement called on Shiites to attack soldiers of every country taking part in the Saudi-led coalition.",
    );
    assert!(
        !evs.iter()
            .any(|e| e.action.cameo.starts_with("19") || e.action.cameo.starts_with("18")),
        "{dump}"
    );
    // Control: an act done, not asked for, is still coded.
    let (evs, dump) = events("Russia sent more troops to Syria on Monday.");
    assert!(!on_verb(&evs, "sent").is_empty(), "{dump}");
}

#[test]
fn refusing_to_negotiate_is_no_negotiation_by_the_other_side() {
    let (evs, dump) = events(
        "Unlike the United States and the United Kingdom, which refused to negotiate with Hamas over their kidnapped soldiers, Israel acted.",
    );
    // Hamas negotiated with no one.
    assert!(!evs.iter().any(|e| e.source.id == "GROUP.HAMAS"), "{dump}");
    // The refusal stays.
    assert!(
        evs.iter()
            .any(|e| e.action.cameo.starts_with("12") && target_of(e) == Some("GROUP.HAMAS")),
        "{dump}"
    );
}

#[test]
fn a_place_after_an_act_against_someone_is_no_target() {
    let (evs, dump) =
        events("Jordanian jets carried out airstrikes against IS in Syria on Thursday.");
    assert!(evs.iter().all(|e| target_of(e) != Some("SYR")), "{dump}");
    // Control: air strikes on a place, aimed at no one named, still target the place bombed.
    let (evs, dump) = events("American jets carried out airstrikes in northern Iraq.");
    assert!(
        evs.iter()
            .any(|e| e.action.cameo == "195" && target_of(e) == Some("IRQ")),
        "{dump}"
    );
}

#[test]
fn calling_someone_to_talk_is_a_telephone_call_not_an_appeal() {
    let (evs, dump) =
        events("President Obama called Putin again to discuss the fighting in Ukraine.");
    assert!(
        !evs.iter().any(|e| e.action.cameo.starts_with("02")),
        "{dump}"
    );
}

#[test]
fn a_company_acting_on_no_one_is_no_event() {
    let (evs, dump) = events("Samsung is targeting ten hours of battery life for its new phone.");
    assert!(evs.is_empty(), "{dump}");
    let (evs, dump) = events("Comcast billed the customer $2,000 for the repairs.");
    assert!(evs.is_empty(), "{dump}");
    // Controls: an organisation's act on an actor is still coded, and an intergovernmental
    // body's act on no one named.
    let (evs, dump) = events("Human Rights Watch condemned Israel for the attack on the school.");
    assert!(
        evs.iter()
            .any(|e| e.action.cameo.starts_with("11") && target_of(e) == Some("ISR")),
        "{dump}"
    );
    let (evs, dump) = events("The United Nations launched an investigation.");
    assert!(evs.iter().any(|e| e.source.id == "IGO.UN"), "{dump}");
}
