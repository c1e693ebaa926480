//! Session 26 (issue 17): weapons sent to someone are military aid. Sentences written for these
//! tests, each with a control.

use crate::event_harness::{events, on_verb};

#[test]
fn arms_sent_to_a_side_are_military_aid() {
    // CAMEO.2.0's SEND "* arms" row read this as mobilising one's own forces (154).
    let (evs, dump) =
        events("Iran is sending arms to the Houthi rebels in Yemen, the Pentagon said.");
    assert!(
        on_verb(&evs, "sending")
            .iter()
            .any(|e| e.action.cameo == "072"
                && e.action.plover == "AID"
                && e.target.as_ref().is_some_and(|t| t.id.contains("HOUTHI"))),
        "{dump}"
    );
    // Control: troops sent to another state stay military cooperation, not arms.
    let (evs, dump) = events("France sent troops to Mali in January.");
    let sent = on_verb(&evs, "sent");
    assert!(!sent.is_empty(), "{dump}");
    assert!(sent.iter().all(|e| e.action.cameo != "072"), "{dump}");
}

#[test]
fn a_threat_reads_its_infinitive_across_a_time_phrase() {
    // "threatened on Monday to …": the parser makes the infinitive adverbial (session 25's rule,
    // brought back in session 26); its act's recipient is the one threatened.
    let (evs, dump) =
        events("Pakistan threatened on Monday to cut off fuel supplies to Afghanistan.");
    assert!(
        on_verb(&evs, "threatened")
            .iter()
            .any(|e| e.action.cameo.starts_with("13")
                && e.target.as_ref().is_some_and(|t| t.id == "AFG")),
        "{dump}"
    );
    // Control: an infinitive of purpose after an object is no threat.
    let (evs, dump) =
        events("Pakistan closed the border on Monday to stop fuel smuggling to Afghanistan.");
    assert!(
        evs.iter().all(|e| !e.action.cameo.starts_with("13")),
        "{dump}"
    );
}
