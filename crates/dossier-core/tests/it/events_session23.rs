//! Session 23 (issue 17): general mechanisms checked on FNC-1 train bodies — two acts of one
//! doer in one sentence, a participle's and the main verb's ("fighters battling rebels … killed
//! two men"), are two events; a doer no actor names but one leads ("a U.S.-led coalition is
//! targeting the militants") acts under its leader; a state's soldiers are its armed forces
//! ("Iraqi soldiers killed five militants"); a quantity of people is people ("arrested
//! hundreds of students"); a hand-written verb pattern is read over CAMEO's of the same length
//! ("dropped weapons" is a delivery). Each on sentences written for this test, with a control
//! that the other reading is still what it was.

use crate::event_harness::{events, on_verb};

fn target_of(e: &dossier_core::model::Event) -> Option<&str> {
    e.target.as_ref().map(|t| t.id.as_str())
}

#[test]
fn a_participle_act_and_the_main_act_of_one_doer_are_two_events() {
    // Both are assaults (190) by Hezbollah, their evidence starts at the same subject: the
    // participle's words end before "killed", so the killing is an act of its own.
    let (evs, dump) =
        events("Hezbollah fighters battling rebels near the border killed two men on Sunday.");
    assert!(
        on_verb(&evs, "battling")
            .iter()
            .any(|e| e.source.id == "GROUP.HEZBOLLAH"),
        "{dump}"
    );
    assert!(
        on_verb(&evs, "killed")
            .iter()
            .any(|e| e.source.id == "GROUP.HEZBOLLAH"),
        "{dump}"
    );
    // A conjunct is an act of its own too.
    let (evs, dump) = events(
        "Boko Haram has bombed schools and churches in Maiduguri and assassinated \
         politicians across the north.",
    );
    assert!(!on_verb(&evs, "assassinated").is_empty(), "{dump}");
    // Controls: the outcome of an act told by a subjectless adverbial is the same act ...
    let (evs, dump) =
        events("Al-Shabaab militants attacked the mall in Nairobi, killing at least 67 people.");
    assert_eq!(evs.len(), 1, "{dump}");
    // ... and a threat and the act it announces are one event (the threat's words reach the
    // announced verb).
    let (evs, dump) = events("ISIS threatened to kill Steven Sotloff, an American journalist.");
    assert_eq!(evs.len(), 1, "{dump}");
    assert_eq!(evs[0].action.verb, "threatened", "{dump}");
}

#[test]
fn a_doer_led_by_an_actor_acts_under_its_leader() {
    let (evs, dump) = events(
        "While Kurds are battling on the ground, a U.S.-led coalition is also targeting the \
         militants from the air.",
    );
    assert!(
        on_verb(&evs, "targeting")
            .iter()
            .any(|e| e.source.id == "USA"),
        "{dump}"
    );
    // Control: a coalition named by no leader is still nobody.
    let (evs, dump) = events("A coalition of rebel groups is also targeting the militants.");
    assert!(on_verb(&evs, "targeting").is_empty(), "{dump}");
}

#[test]
fn a_states_soldiers_are_its_armed_forces() {
    let (evs, dump) = events("Iraqi soldiers killed five militants near Tikrit on Monday.");
    assert!(
        on_verb(&evs, "killed")
            .iter()
            .any(|e| e.source.id == "IRQ.MIL"),
        "{dump}"
    );
    let (evs, dump) = events("Boko Haram fighters ambushed Nigerian soldiers near Maiduguri.");
    assert!(
        on_verb(&evs, "ambushed")
            .iter()
            .any(|e| e.source.id == "GROUP.BOKOHARAM" && target_of(e) == Some("NGA.MIL")),
        "{dump}"
    );
    // Control: a single soldier is a person, not the state's forces.
    let (evs, dump) = events("An Iraqi soldier killed five militants near Tikrit on Monday.");
    assert!(
        on_verb(&evs, "killed")
            .iter()
            .all(|e| e.source.id != "IRQ.MIL"),
        "{dump}"
    );
}

#[test]
fn a_quantity_of_people_is_people() {
    // "hundreds" heads the object; the people are in its "of" phrase, so the arrest (which
    // takes a person) is coded.
    let (evs, dump) = events("Police in Cairo arrested hundreds of students on Sunday.");
    assert!(!on_verb(&evs, "arrested").is_empty(), "{dump}");
    // Control: a quantity of things is still no person ("arrested" takes people).
    let (evs, dump) = events("Egyptian police seized hundreds of leaflets on Sunday.");
    assert!(
        on_verb(&evs, "seized")
            .iter()
            .all(|e| e.action.cameo != "173"),
        "{dump}"
    );
}

#[test]
fn dropped_weapons_are_a_delivery_and_dropped_bombs_an_attack() {
    // CAMEO's "drop * &weapon" (194) reads an airdrop of arms as fire; the "weapons" row of
    // `patterns_extra.tsv` (072, military aid) is read over it.
    let (evs, dump) = events(
        "Islamic State fighters seized weapons and ammunition dropped by the U.S. military.",
    );
    let dropped = on_verb(&evs, "dropped");
    assert!(!dropped.is_empty(), "{dump}");
    assert!(dropped.iter().all(|e| e.action.cameo == "072"), "{dump}");
    // Control: dropping bombs is still an attack.
    let (evs, dump) = events("Syrian government forces dropped bombs on the town of Nasib.");
    assert!(
        on_verb(&evs, "dropped")
            .iter()
            .any(|e| e.action.cameo.starts_with("19")),
        "{dump}"
    );
}
