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
