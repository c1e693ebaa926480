//! Session 33 (issue 17, central recall of claims): a quantity's "of" phrase names the people
//! it counts ("Thousands of Nigerians", "Several of the AQAP terrorists holding the hostages"),
//! an aside set off by dashes between a subject and its passive verb leaves the subject the
//! noun before the aside, and "supposedly" relays a report as "allegedly" does. Sentences from
//! FNC-1 train bodies (none from the gold set's heldout articles), each with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::Stance;

#[test]
fn a_quantity_of_a_demonym_is_people_of_that_state() {
    // fnc-1885
    let x = run("Thousands of Nigerians have been killed as a result of the Boko Haram uprising.");
    let killed = of_class(&x, "kill");
    assert!(
        killed
            .iter()
            .any(|c| c.subject.id == "ENTITY.people+NGA" && c.predicate == "kill:passive"),
        "Nigerians were killed: {:?}",
        show(&x)
    );
    // Control: a quantity of things is no one (fnc-1089).
    let y = run(
        "The gunman then ran into the main Parliament building, where dozens of shots were \
         fired.",
    );
    assert!(
        y.claims
            .iter()
            .all(|c| !c.subject.id.starts_with("ENTITY.people")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_quantity_counts_the_people_of_its_of_phrase_not_a_later_noun() {
    // fnc-825: "the hostages" the terrorists hold are not the ones killed.
    let x = run(
        "\"US Special Operations Forces conducted a mission in Yemen to rescue a US citizen, \
         Luke Somers, and any other foreign nationals held hostage with him by Al-Qa'ida in the \
         Arabian Peninsula (AQAP) terrorists,\" Hagel said. \"Several of the AQAP terrorists \
         holding the hostages captive were killed in the mission,\" he said.",
    );
    let killed: Vec<_> = of_class(&x, "kill")
        .into_iter()
        .filter(|c| c.predicate == "kill:passive")
        .collect();
    assert!(
        killed
            .iter()
            .any(|c| c.subject.id.starts_with("ENTITY.terrorist") && c.subject.id.contains("AQAP")),
        "AQAP terrorists were killed: {:?}",
        show(&x)
    );
    assert!(
        killed.iter().all(|c| !c.subject.id.contains("hostage")),
        "{:?}",
        show(&x)
    );
    // Control: a member noun after its group, no quantity word before "of" (fnc-754).
    let y = run(
        "The Britain-based Syrian Observatory for Human Rights said dozens of Islamic State \
         members were killed in coalition airstrikes.",
    );
    assert!(
        y.claims
            .iter()
            .any(|c| c.subject.id == "ENTITY.members+GROUP.ISIS" && c.predicate == "kill:passive"),
        "{:?}",
        show(&y)
    );
}

#[test]
fn an_aside_between_dashes_leaves_the_subject_before_it() {
    // fnc-723 (tune): the parser hangs "were killed" on "aide" inside the aside.
    let x = run(
        "Three senior members of the Islamic State of Iraq and al-Sham (ISIS) - including an \
         aide to its leader - were killed in a U.S. airstrike in Iraq, a senior Iraqi security \
         official told NBC News Thursday.",
    );
    assert!(
        of_class(&x, "kill").iter().any(|c| c.subject.id == "USA"),
        "the US killed ISIS members: {:?}",
        show(&x)
    );
    // fnc-1089: "was killed" left with no subject after the aside.
    let v = run(
        "On its Twitter feed, Ottawa police say one victim — a member of the Canadian forces — \
         was killed in the incident.",
    );
    assert!(
        of_class(&v, "kill")
            .iter()
            .any(|c| c.subject.id.contains("victim")),
        "a victim was killed: {:?}",
        show(&v)
    );
    // Control: the same sentence without the aside (as before).
    let y = run(
        "Three senior members of the Islamic State were killed in a U.S. airstrike in Iraq, a \
         senior Iraqi security official told NBC News Thursday.",
    );
    assert!(
        of_class(&y, "kill").iter().any(|c| c.subject.id == "USA"),
        "{:?}",
        show(&y)
    );
    // Control: a hyphen inside a name opens no aside (fnc-2349: the subject has its verb).
    let z = run(
        "Abdel-Majed Abdel Bary – a London rapper initially identified as a suspect – was ruled \
         out after analysis of his voice.",
    );
    assert!(
        z.claims.iter().all(|c| !c.subject.id.contains("suspect")),
        "{:?}",
        show(&z)
    );
}

#[test]
fn supposedly_relays_a_report_as_allegedly_does() {
    // fnc-295: the outlet's own voice, hedged by "supposedly".
    let x = run(
        "The reported tour was supposedly financed by Virgin founder Richard Branson, who \
         wanted to turn one of his Virgin planes into a new iteration of \"The Starship.\"",
    );
    let financed: Vec<_> = x
        .claims
        .iter()
        .filter(|c| c.predicate == "finance")
        .collect();
    assert!(
        !financed.is_empty() && financed.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
    // Control: without the word the outlet asserts it.
    let y = run(
        "The reported tour was financed by Virgin founder Richard Branson, who wanted to turn \
         one of his Virgin planes into a new iteration of \"The Starship.\"",
    );
    assert!(
        y.claims
            .iter()
            .any(|c| c.predicate == "finance" && c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}
