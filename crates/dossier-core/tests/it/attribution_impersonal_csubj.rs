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

#[test]
fn a_participle_after_an_impersonal_report_speaks_for_no_one() {
    // fnc-2009: "adding" had the expletive "It" as its speaker.
    let st = statements(
        "It has also been claimed Venezuelan president Nicolas Maduro has rushed to Havana, \
         adding some substance to the rumours that Castro's death could be announced.",
    );
    assert!(st.iter().all(|s| s.cue.text != "adding"), "{st:#?}");
    // Control: a named speaker's participle still reports.
    let st = statements(
        "The minister said the border would stay closed, adding that the army was ready.",
    );
    assert!(st.iter().any(|s| s.cue.text == "adding"), "{st:#?}");
}

#[test]
fn continuing_with_something_is_no_speech() {
    // fnc-2236: "if Obama continued with his intended transfers" gave Obama a statement.
    let st = statements(
        "Nunes, in his statement, warned that if Obama continued with his intended transfers of \
         detainees from Guantánamo, \"there will be a steep price to pay\".",
    );
    assert!(st.iter().all(|s| s.cue.text != "continued"), "{st:#?}");
    // Control: "he continued" after a quotation is speech.
    let st = statements("\"We will not back down,\" he continued. \"We never have.\"");
    assert!(st.iter().any(|s| s.cue.text == "continued"), "{st:#?}");
}
