//! Sessions 25–26 (issue 17): an execution is a killing only of people ("executed a rescue
//! operation" is none); an act in the future tense keeps its CAMEO code with modality future and
//! takes the PLOVER type of its intent ("will visit" → 042, AGREE); help to no one, demands read
//! after "that", BOOST verbs, armed groups' surrender. Sentences written for these tests, each
//! with a control.

use crate::event_harness::{events, on_verb};

fn target_of(e: &dossier_core::model::Event) -> Option<&str> {
    e.target.as_ref().map(|t| t.id.as_str())
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
