//! Session 37 (issue 17): the PLOVER gold records that got no event or another type —
//! agreeing to or on something as the intent to cooperate (AGREE), a past tense the tagger
//! took for a participle with a subject marked passive and an object of its own (fnc-1821,
//! fnc-891, fnc-1834), and a threatened act of force aimed at the place named by its "in"
//! phrase. Sentences written for these tests, each with a control that keeps its reading.

use crate::event_harness::{events, on_verb};

#[test]
fn agreeing_to_something_is_the_intent_to_cooperate() {
    // PLOVER records "X has agreed to US mediation", "agreed upon a new free-trade pact":
    // the AGREE block's default (050, SUPPORT) made them diplomatic cooperation.
    let (evs, dump) = events(
        "Jordan has agreed to Egyptian mediation in its talks with Israel, a Jordanian official \
         said.",
    );
    assert!(
        on_verb(&evs, "agreed")
            .iter()
            .any(|e| e.source.id == "JOR" && e.action.cameo == "030" && e.action.plover == "AGREE"),
        "{dump}"
    );
    // Control: a ceasefire agreed keeps its more specific code (0356).
    let (evs, dump) = events("Nigeria has agreed to a ceasefire with Boko Haram, officials said.");
    assert!(
        on_verb(&evs, "agreed")
            .iter()
            .any(|e| e.action.cameo == "0356"),
        "{dump}"
    );
}

#[test]
fn a_past_tense_read_as_a_participle_with_an_object_is_active() {
    // fnc-1821: "Nigeria's military says it killed Shekau": the tagger reads "killed" as a
    // participle and the parser marks "it" a passive subject, but there is no "was" and the
    // verb has its object — the military is the doer, Shekau the target.
    let (evs, dump) =
        events("Nigeria's military says it killed Boko Haram leader Abubakar Shekau a year ago.");
    let killed = on_verb(&evs, "killed");
    assert!(
        killed.iter().any(|e| e.source.id.starts_with("NGA")
            && e.target.as_ref().is_some_and(|t| t.name.contains("Shekau"))),
        "{dump}"
    );
    // Control: a real agentless passive still names no doer.
    let (evs, dump) = events("Abubakar Shekau was killed a year ago, Nigeria's military says.");
    assert!(
        on_verb(&evs, "killed")
            .iter()
            .all(|e| !e.source.id.starts_with("NGA")),
        "{dump}"
    );
}

#[test]
fn a_threatened_attack_names_the_place_it_would_strike() {
    // PLOVER records "threatened to institute a curfew in Algiers", "threatened to resume
    // attacks in Israel": a threat of force with no one else named is aimed at the place of
    // its "in" phrase.
    let (evs, dump) = events("Iran threatened to launch attacks in Iraq.");
    assert!(
        evs.iter().any(|e| e.source.id == "IRN"
            && e.action.plover == "THREATEN"
            && e.target.as_ref().is_some_and(|t| t.id == "IRQ")),
        "{dump}"
    );
    // Control: a threat against people held somewhere is not aimed at the place.
    let (evs, dump) = events(
        "The Islamic State threatened to kill the hostages in Syria unless the ransom was paid.",
    );
    assert!(
        evs.iter()
            .all(|e| e.target.as_ref().is_none_or(|t| t.id != "SYR")),
        "{dump}"
    );
    // Control: a threatened act that is no act of force keeps the place out ("hold talks").
    let (evs, dump) = events("Iran threatened to hold elections in Iraq.");
    assert!(
        evs.iter()
            .all(|e| e.target.as_ref().is_none_or(|t| t.id != "IRQ")),
        "{dump}"
    );
}
