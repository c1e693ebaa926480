//! Session 34 (issue 18): what the reading of twenty unseen FNC-1 train bodies showed in the
//! actor layer. A description ("the militants") after a sentence whose subject is one group and
//! whose apposition names another (fnc-1116); with a control.

use crate::event_harness::{events, on_verb};

#[test]
fn the_militants_are_the_subject_not_the_group_in_its_apposition() {
    // fnc-1116.
    let text = "The Islamic State, an offshoot of al-Qaeda, is the most powerful among a number \
        of extremist organizations that have emerged during the Syrian civil war. Fighting \
        against both Assad and U.S.-backed rebels, the militants now control much of eastern \
        Syria.";
    let (evs, dump) = events(text);
    let fighting = on_verb(&evs, "Fighting");
    assert_eq!(
        fighting.first().map(|e| e.source.id.as_str()),
        Some("GROUP.ISIS"),
        "{dump}"
    );
    // Control: a group named only in a prepositional phrase, with no other group the subject
    // of its sentence, is still who "the militants" are.
    let (evs, dump) = events(
        "Hundreds of fighters of al-Qaeda crossed the border on Monday. Fighting against \
         Assad, the militants now control much of eastern Syria.",
    );
    let fighting = on_verb(&evs, "Fighting");
    assert_eq!(
        fighting.first().map(|e| e.source.id.as_str()),
        Some("GROUP.ALQAEDA"),
        "{dump}"
    );
}
