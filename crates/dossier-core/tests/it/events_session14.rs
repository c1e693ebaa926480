//! Session 14 (issue 17): classes of the PLOVER gold records coded with no event and of wrong
//! events read on unseen news, each checked through the whole pipeline on sentences written for
//! this test, with a control that the neighbouring reading still holds.

use crate::event_harness::{events, on_verb};

#[test]
fn an_undertaking_to_an_uncoded_act_is_the_intent_to_cooperate() {
    // "share" and "keep" have no code of their own: the pledge is the event (CAMEO 030, AGREE).
    let (evs, dump) = events("Iran pledged on Sunday to share intelligence on the militants.");
    let pledged = on_verb(&evs, "pledged");
    assert_eq!(pledged.len(), 1, "{dump}");
    assert_eq!(pledged[0].action.cameo, "030", "{dump}");
    assert_eq!(pledged[0].action.plover, "AGREE", "{dump}");
    assert_eq!(pledged[0].source.id, "IRN", "{dump}");
    let (evs, dump) = events("Pakistan promised to keep its airspace open to supply flights.");
    assert_eq!(on_verb(&evs, "promised").len(), 1, "{dump}");
    // A coded complement keeps its own intent code, and the controller gives no second event.
    let (evs, dump) = events("Finland promised to give Tanzania a grant of 50 million dollars.");
    assert!(on_verb(&evs, "promised").is_empty(), "{dump}");
    assert!(
        evs.iter().any(|e| e.action.cameo.starts_with("033")),
        "{dump}"
    );
}

#[test]
fn decisions_plans_and_hostile_intents_are_no_intent_to_cooperate() {
    // A decision of one's own is no undertaking to anyone.
    let (evs, dump) = events("Egypt decided to move its embassy staff to a new compound.");
    assert!(on_verb(&evs, "decided").is_empty(), "{dump}");
    // A hostile act promised at no one named is dropped, never read as cooperation.
    let (evs, dump) = events("The rebels vowed to attack government positions in the north.");
    assert!(evs.iter().all(|e| e.action.plover != "AGREE"), "{dump}");
    // A threat stays the threat's business ("threatened to" is coded as 13x or nothing).
    let (evs, dump) = events("Turkey threatened to close its airspace.");
    assert!(evs.iter().all(|e| e.action.plover != "AGREE"), "{dump}");
}

#[test]
fn taking_a_thing_or_a_measure_is_no_seizure() {
    for text in [
        "The Kenyan government has taken steps to protect its schools.",
        "Microsoft takes 30 percent of every sale in its store.",
        "The Vatican took a cautious line on the new rules.",
        "The senator took to Facebook to attack the deal.",
    ] {
        let (evs, dump) = events(text);
        assert!(
            evs.iter().all(|e| !e.action.cameo.starts_with("17")),
            "{text}:\n{dump}"
        );
    }
    // A person or a town taken is still a seizure (an arrest, an abduction, an occupation).
    let (evs, dump) = events("Police took two journalists into custody on Sunday, Kenya said.");
    assert_eq!(on_verb(&evs, "took").len(), 1, "{dump}");
    let (evs, dump) = events("Al-Shabaab took the town of Kismayo in 2008.");
    assert_eq!(on_verb(&evs, "took").len(), 1, "{dump}");
}

#[test]
fn tending_to_do_and_striking_a_balance_are_no_acts() {
    let (evs, dump) = events("Hamas members tend to use encrypted apps, Israel said.");
    assert!(on_verb(&evs, "tend").is_empty(), "{dump}");
    let (evs, dump) =
        events("Germany must strike a balance between security and privacy, Merkel said.");
    assert!(on_verb(&evs, "strike").is_empty(), "{dump}");
    // A strike on someone stays one.
    let (evs, dump) = events("Israeli jets struck Hamas positions in Gaza on Monday.");
    assert_eq!(on_verb(&evs, "struck").len(), 1, "{dump}");
}
