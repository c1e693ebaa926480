//! Session 28 (issue 17): precision on unseen news — a supposed act is no event (a threat made
//! around one is), taking part is no act by itself, a charge with a crime is legal action, a
//! person captured is abducted whatever the word before the verb, and "IS" is the Islamic
//! State. Sentences written for these tests, each with a control that keeps its event.

use crate::event_harness::{events, on_verb};

#[test]
fn a_supposed_act_is_no_event() {
    for (text, verb) in [
        (
            "If Anna Weber was killed by ISIS, she would be the fourth German to die in its custody.",
            "killed",
        ),
        (
            "A Pentagon spokesman said the military was not aware of the Taliban conducting any \
             attacks near Kabul.",
            "conducting",
        ),
        (
            "If the Houthis wanted to declare a truce, it would come from their leader.",
            "declare",
        ),
        (
            "The government would release the prisoners if the rebels laid down their arms.",
            "release",
        ),
    ] {
        let (evs, dump) = events(text);
        assert!(on_verb(&evs, verb).is_empty(), "{text}\n{dump}");
    }
    // Control: the act done is coded.
    let (evs, dump) = events("Anna Weber was killed by ISIS in March, German officials said.");
    assert!(
        on_verb(&evs, "killed")
            .iter()
            .any(|e| e.source.id == "GROUP.ISIS" && e.action.cameo.starts_with("19")),
        "{dump}"
    );
}

#[test]
fn a_threat_around_a_supposed_act_is_still_made() {
    // The threat happened; the withdrawal it demands did not.
    let (evs, dump) =
        events("Al-Shabaab threatened to kill Anna Weber unless Germany withdraws its troops.");
    assert!(
        evs.iter().any(|e| e.source.id == "GROUP.ALSHABAAB"
            && e.action.cameo.starts_with("13")
            && e.target
                .as_ref()
                .is_some_and(|t| t.id == "PERSON.anna-weber")),
        "{dump}"
    );
    // Since the threat is read as a statement (session 29: its infinitive is its content), the
    // condition inside it may be coded, but only as hypothetical (be4e99c), never as done.
    assert!(
        on_verb(&evs, "withdraws")
            .iter()
            .all(|e| e.modality == dossier_core::model::Modality::Hypothetical),
        "{dump}"
    );
}

#[test]
fn taking_part_is_no_act_by_itself_but_taking_part_in_strikes_is_the_strike() {
    let (evs, dump) = events("ISIS militants took part in a parade through the streets of Raqqa.");
    assert!(on_verb(&evs, "took").is_empty(), "{dump}");
    let (evs, dump) = events("Britain took part in the air strikes against ISIS in Iraq.");
    assert!(
        on_verb(&evs, "took")
            .iter()
            .any(|e| e.source.id == "GBR" && e.action.cameo == "195"),
        "{dump}"
    );
}

#[test]
fn a_charge_with_a_crime_is_legal_action_and_a_charge_that_an_accusation() {
    let (evs, dump) = events("Kenya charged two Somali men with murder on Friday.");
    assert!(
        on_verb(&evs, "charged")
            .iter()
            .any(|e| e.source.id == "KEN" && e.action.cameo == "173"),
        "{dump}"
    );
    // Control: a charge that someone did something accuses them.
    let (evs, dump) = events("Russia charged that Ukraine had shelled the plant.");
    assert!(
        on_verb(&evs, "charged").iter().any(|e| e.source.id == "RUS"
            && e.action.cameo.starts_with("11")
            && e.target.as_ref().is_some_and(|t| t.id == "UKR")),
        "{dump}"
    );
}

#[test]
fn a_person_captured_is_abducted_even_after_a_soldier_noun() {
    // "a former Danish soldier" before the verb is the one captured, not soldiers capturing.
    let (evs, dump) = events(
        "Anna Berg, a former Danish soldier, was captured by ISIS after travelling to Iraq to \
         fight the group.",
    );
    assert!(
        on_verb(&evs, "captured")
            .iter()
            .any(|e| e.source.id == "GROUP.ISIS" && e.action.cameo == "181"),
        "{dump}"
    );
    // Control: a town captured is territory seized.
    let (evs, dump) = events("ISIS captured Ramadi in May after a long siege.");
    assert!(
        on_verb(&evs, "captured")
            .iter()
            .all(|e| e.source.id == "GROUP.ISIS" && !e.action.cameo.starts_with("18")),
        "{dump}"
    );
}

#[test]
fn is_in_capitals_is_the_islamic_state() {
    let (evs, dump) = events("IS fighters executed the two Kurdish hostages on Friday.");
    assert!(
        on_verb(&evs, "executed")
            .iter()
            .any(|e| e.source.id == "GROUP.ISIS"),
        "{dump}"
    );
    // Control: the verb "is" is no one.
    let (evs, dump) = events("The town is held by Kurdish fighters, and Turkey is watching.");
    assert!(evs.iter().all(|e| e.source.id != "GROUP.ISIS"), "{dump}");
}

#[test]
fn a_condition_a_speaker_warns_of_stays_marked_hypothetical() {
    // The stake a brief quotes under "Why it matters": kept, marked as not having happened.
    let text = "The foreign minister warned that if Iran sends more drones to Russia, Europe \
                would respond with new sanctions.";
    let (evs, dump) = events(text);
    let sends = on_verb(&evs, "sends");
    assert!(
        !sends.is_empty()
            && sends
                .iter()
                .all(|e| e.modality == dossier_core::model::Modality::Hypothetical),
        "{dump}"
    );
    // Control: the same supposition in the article's own voice is no event.
    let (evs, dump) = events("If Iran sends more drones to Russia, Europe would respond.");
    assert!(on_verb(&evs, "sends").is_empty(), "{dump}");
}
