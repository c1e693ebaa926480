//! Session 19 (issue 17): idioms and nouns read as acts, acts stopped or prevented, and codes
//! CAMEO gives wrong, seen on FNC-1 train bodies; each on sentences written for this test with a
//! control that the right reading next to it is still coded.

use crate::event_harness::{events, on_verb};
use dossier_core::model::Modality;

#[test]
fn taking_someone_by_surprise_is_no_seizure() {
    let (evs, dump) = events(
        "Hezbollah, which took Israel by surprise in 2006 with its rocket barrages, now has a larger arsenal.",
    );
    assert!(on_verb(&evs, "took").is_empty(), "{dump}");
    // Control: taking a town is still a seizure.
    let (evs, dump) = events("Hezbollah fighters took the town of Qusair in June.");
    assert!(
        on_verb(&evs, "took")
            .iter()
            .any(|e| e.action.cameo.starts_with("17") || e.action.cameo.starts_with("19")),
        "{dump}"
    );
}

#[test]
fn training_ones_own_people_is_no_cooperation() {
    let (evs, dump) = events(
        "Hamas is taking its first steps towards a navy by training divers to attack gas platforms.",
    );
    assert!(on_verb(&evs, "training").is_empty(), "{dump}");
    // Control: training another state's army is military cooperation with it.
    let (evs, dump) = events("Britain will train the Iraqi army in Jordan.");
    let e = on_verb(&evs, "train");
    assert!(
        e.iter().any(|e| e.action.cameo == "062"
            && e.target.as_ref().is_some_and(|t| t.id.starts_with("IRQ"))),
        "{dump}"
    );
}

#[test]
fn intensifying_efforts_names_no_act() {
    let (evs, dump) = events("Turkey is intensifying its efforts to seal the border.");
    assert!(on_verb(&evs, "intensifying").is_empty(), "{dump}");
}

#[test]
fn an_act_stopped_or_prevented_is_not_asserted() {
    let (evs, dump) = events(
        "Police in Chicago will stop arresting people for carrying small amounts of cannabis.",
    );
    assert!(
        on_verb(&evs, "arresting")
            .iter()
            .all(|e| e.modality == Modality::Negated),
        "{dump}"
    );
    let (evs, dump) = events(
        "Syria has launched air strikes around the town in an attempt to stop Hezbollah taking control of the pass.",
    );
    assert!(
        on_verb(&evs, "taking")
            .iter()
            .all(|e| e.modality != Modality::Asserted),
        "{dump}"
    );
    // Control: arresting people is asserted when nothing stops it.
    let (evs, dump) = events("Police in Chicago arrested 40 people for carrying cannabis.");
    assert!(
        on_verb(&evs, "arrested")
            .iter()
            .any(|e| e.modality == Modality::Asserted),
        "{dump}"
    );
}

#[test]
fn recognising_a_government_is_diplomatic_recognition() {
    let (evs, dump) = events("Russia recognized the new government of Ukraine on Monday.");
    assert!(
        on_verb(&evs, "recognized")
            .iter()
            .any(|e| e.action.cameo == "054"),
        "{dump}"
    );
    // Recognising a thing is no event.
    let (evs, dump) = events("Israel recognised the threat posed by the tunnels.");
    assert!(on_verb(&evs, "recognised").is_empty(), "{dump}");
}

#[test]
fn advertising_is_no_cooperation() {
    let (evs, dump) = events("Hamas advertised its purchase of Iranian rockets.");
    assert!(on_verb(&evs, "advertised").is_empty(), "{dump}");
}

#[test]
fn authorising_an_act_is_the_act_never_a_concession() {
    // CAMEO files "authorize" under ALLOW, whose default is a concession (080).
    let (evs, dump) =
        events("President Hollande authorised a rescue operation to free the hostages.");
    assert!(
        on_verb(&evs, "authorised")
            .iter()
            .all(|e| !e.action.cameo.starts_with("08")),
        "{dump}"
    );
    let (evs, dump) =
        events("The film is based on the general's authorized biography by a French historian.");
    assert!(on_verb(&evs, "authorized").is_empty(), "{dump}");
    // Control: authorising air strikes on a group is the air strike, done by the authoriser.
    let (evs, dump) = events("Obama authorized airstrikes against the Islamic State on Thursday.");
    assert!(
        on_verb(&evs, "authorized")
            .iter()
            .any(|e| e.action.cameo.starts_with("19")
                && e.target.as_ref().is_some_and(|t| t.id == "GROUP.ISIS")),
        "{dump}"
    );
}
