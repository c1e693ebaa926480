//! Session 33 (issue 18, lead), from a reading of unseen FNC-1 train bodies: an impersonal
//! passive report whose clause the parser made the verb's clausal subject ("It's claimed he
//! imports …", fnc-1756; "It has also been claimed Venezuelan president Nicolas Maduro has rushed
//! to Havana, …", fnc-2009) is a report sourced to no one, with that clause its content. Before,
//! the first was missed and the second gave "It" as the speaker of "adding".

use crate::statement_harness::{statements, with_cue};
use dossier_core::attribution::UNATTRIBUTED_ID;
use dossier_core::Stance;

#[test]
fn an_impersonal_passive_with_a_clause_parsed_as_subject_is_an_unattributed_report() {
    let st = statements(
        "As well as a love for whisky, the leader is reportedly hooked on Swiss cheese. \
         It's claimed he imports vast quantities at huge expense.",
    );
    let claimed = with_cue(&st, "It's claimed");
    assert_eq!(claimed.speaker.id, UNATTRIBUTED_ID, "{claimed:#?}");
    assert_eq!(claimed.stance, Stance::Hedge, "{claimed:#?}");
    assert!(
        claimed
            .content
            .text
            .starts_with("he imports vast quantities"),
        "{claimed:#?}"
    );
    let st = statements(
        "It has also been claimed Venezuelan president Nicolas Maduro has rushed to Havana, \
         adding some substance to the rumours that Castro's death could be announced.",
    );
    let claimed = with_cue(&st, "It has also been claimed");
    assert_eq!(claimed.speaker.id, UNATTRIBUTED_ID, "{claimed:#?}");
    assert!(
        claimed.content.text.contains("has rushed to Havana"),
        "{claimed:#?}"
    );
}

#[test]
fn a_clause_without_its_own_subject_keeps_the_whole_sentence() {
    // Control (fnc-1081): the parser took "the injury" for the verb's object, so the clause it
    // made the subject has no subject of its own; its content stays the sentence, not the
    // headless "is a direct result …".
    let st = statements("It is believed the injury is a direct result of his excessive weight.");
    let believed = with_cue(&st, "It is believed");
    assert_eq!(believed.speaker.id, UNATTRIBUTED_ID, "{believed:#?}");
    assert!(
        believed
            .content
            .text
            .contains("the injury is a direct result"),
        "{believed:#?}"
    );
}
