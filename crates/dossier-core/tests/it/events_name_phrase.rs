//! Session 24 (issue 16): a participant's name is read with the title the parse hangs on it
//! (`nmod:desc`, `Doc::name_phrase`), so an event's evidence shows who the name is ("Iraqi
//! Prime Minister Haider al-Abadi met …", not "Haider al-Abadi met …"). Sentences written for
//! this test; the control is a participant with no title, whose evidence starts at the name.

use crate::event_harness::{events, on_verb};

#[test]
fn an_event_evidence_holds_the_title_of_a_named_participant() {
    let (evs, dump) = events(
        "Iraqi Prime Minister Haider al-Abadi met Turkish President Recep Tayyip Erdogan in \
         Ankara on Tuesday.",
    );
    let met = on_verb(&evs, "met");
    assert!(
        met.iter().any(|e| e
            .evidence
            .text
            .starts_with("Iraqi Prime Minister Haider al-Abadi met")),
        "{dump}"
    );
    // The title of the name after the verb is in it too (the object's phrase had it before).
    assert!(
        met.iter().any(|e| e
            .evidence
            .text
            .ends_with("met Turkish President Recep Tayyip Erdogan")),
        "{dump}"
    );
    // Control: a name without a title keeps its evidence from the name on.
    let (evs, dump) = events("Vladimir Putin met Recep Tayyip Erdogan in Ankara on Tuesday.");
    assert!(
        on_verb(&evs, "met")
            .iter()
            .any(|e| e.evidence.text == "Vladimir Putin met Recep Tayyip Erdogan"),
        "{dump}"
    );
}
