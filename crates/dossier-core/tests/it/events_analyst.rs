//! Event errors an analyst saw on real news (issue 17), each class checked through the whole
//! pipeline on sentences written for this test.

use crate::event_harness::events;
use dossier_core::model::Modality;

#[test]
fn a_light_verb_on_interviews_is_no_cooperation() {
    let (evs, dump) = events("Hezbollah regularly gives interviews to local newspapers.");
    assert!(
        evs.iter().all(|e| e.action.verb != "gives"),
        "giving interviews is speech, not an event:\n{dump}"
    );
}

#[test]
fn controlling_a_border_is_no_event() {
    let (evs, dump) = events("The Iraqi government said it could not control the border.");
    assert!(
        evs.iter().all(|e| e.action.verb != "control"),
        "control without an actor target is a state:\n{dump}"
    );
}

#[test]
fn negation_does_not_cross_a_but_coordinated_verb() {
    let (evs, dump) = events(
        "The United Nations has not been able to verify the reports but has sent aid to Syria.",
    );
    let sent = evs
        .iter()
        .find(|e| e.action.verb == "sent")
        .unwrap_or_else(|| panic!("no event on sent:\n{dump}"));
    assert_eq!(sent.target.as_ref().map(|t| t.id.as_str()), Some("SYR"));
    assert_eq!(sent.modality, Modality::Asserted, "{dump}");
    // Without "but" and its own auxiliary the negation still covers both verbs.
    let (evs, dump) =
        events("The United Nations has not been able to verify the reports or send aid to Syria.");
    let send = evs
        .iter()
        .find(|e| e.action.verb == "send")
        .unwrap_or_else(|| panic!("no event on send:\n{dump}"));
    assert_eq!(send.modality, Modality::Negated, "{dump}");
}

#[test]
fn forgetting_to_act_is_not_acting() {
    let (evs, dump) = events(
        "The Syrians who are resisting Assad must have forgotten to thank Russia for its help.",
    );
    assert!(
        evs.iter()
            .filter(|e| e.action.verb == "thank")
            .all(|e| e.modality == Modality::Negated),
        "{dump}"
    );
}

#[test]
fn a_nationality_on_rebels_is_not_the_state() {
    let (evs, dump) = events("Yemeni militants forged an alliance with al Qaeda in 2012.");
    assert!(
        evs.iter().all(|e| e.source.id != "YEM"),
        "Yemeni militants are not Yemen:\n{dump}"
    );
    let (evs, dump) = events("Yemeni troops signed a pact with Saudi Arabia last year.");
    assert!(
        evs.iter()
            .any(|e| e.source.id.starts_with("YEM") && e.action.verb == "signed"),
        "Yemeni troops act for Yemen:\n{dump}"
    );
    assert_eq!(
        evs.iter().filter(|e| e.action.verb == "signed").count(),
        1,
        "one signing, not one per direction:\n{dump}"
    );
}
