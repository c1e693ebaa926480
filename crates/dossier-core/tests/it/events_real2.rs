//! False events on real news, second reading (issue 17, FNC-1 train bodies read by the lead):
//! each class checked through the whole pipeline on sentences written for this test, with a
//! control that the real event beside it is still coded.

use crate::event_harness::{events, on_verb};

#[test]
fn staging_air_strikes_is_an_air_strike_not_a_protest() {
    let (evs, dump) = events(
        "The United States staged 14 air strikes on Islamic State positions near Mosul on Monday.",
    );
    let staged = on_verb(&evs, "staged");
    assert_eq!(staged.len(), 1, "{dump}");
    assert_eq!(staged[0].action.cameo, "195", "{dump}");
    // A staged protest is still a protest.
    let (evs, dump) =
        events("Opposition supporters staged a protest against the government of Kenya.");
    let staged = on_verb(&evs, "staged");
    assert!(
        staged.iter().all(|e| e.action.cameo.starts_with("14")),
        "{dump}"
    );
}

#[test]
fn a_title_before_a_name_is_no_verb() {
    let (evs, dump) =
        events("Senator John McCain complained to host Sean Hannity about the border on Tuesday.");
    assert!(on_verb(&evs, "host").is_empty(), "{dump}");
}

#[test]
fn an_offshoot_of_a_group_is_not_the_group() {
    let (evs, dump) = events(
        "The little-known al Qaeda offshoot kidnapped 40 aid workers in northern Mali in March.",
    );
    assert!(evs.iter().all(|e| e.source.name != "al-Qaeda"), "{dump}");
}

#[test]
fn an_act_in_a_negated_belief_is_not_reported_as_done() {
    let (evs, dump) = events(
        "A senior analyst said he did not think Boko Haram had agreed to a truce with Nigeria.",
    );
    assert!(
        on_verb(&evs, "agreed")
            .iter()
            .all(|e| e.modality != dossier_core::model::Modality::Asserted
                && e.modality != dossier_core::model::Modality::Reported),
        "{dump}"
    );
}

#[test]
fn what_an_actor_needs_to_do_is_not_done() {
    let (evs, dump) = events("Kenya's government needs to plan better for attacks, critics said.");
    assert!(on_verb(&evs, "plan").is_empty(), "{dump}");
}

#[test]
fn an_act_in_a_rumour_is_reported_not_asserted() {
    let (evs, dump) = events(
        "Social media buzzed this week with reports that General Hwang Pyong So had overthrown \
         Kim Jong Un in a coup.",
    );
    let ov = on_verb(&evs, "overthrown");
    assert!(
        ov.iter()
            .all(|e| e.modality != dossier_core::model::Modality::Asserted),
        "{dump}"
    );
    // A relative clause on the rumoured doer does not hide the report noun.
    let (evs, dump) = events(
        "Forums went wild with rumours that Ri Yong Ho, a general who retired in 2012, had \
         overthrown Kim Jong Un.",
    );
    assert!(
        on_verb(&evs, "overthrown")
            .iter()
            .all(|e| e.modality != dossier_core::model::Modality::Asserted),
        "{dump}"
    );
    // Control: the article's own report of a coup stays asserted.
    let (evs, dump) = events("Army officers overthrew President Mohamed Morsi of Egypt in July.");
    assert!(
        on_verb(&evs, "overthrew")
            .iter()
            .all(|e| e.modality == dossier_core::model::Modality::Asserted),
        "{dump}"
    );
}
