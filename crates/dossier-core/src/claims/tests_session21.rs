//! Session 21, read on FNC-1 train bodies. Sentences written for these tests, each with a
//! control.

use super::tests_lede::{of_class, run, show};
use crate::model::Stance;

#[test]
fn a_mutual_act_is_done_with_the_other_party() {
    // The event coder gives the second party as a co-source; the claim names it as target.
    let x = run("Armenia and Azerbaijan signed a truce in Moscow on Saturday.");
    let found = of_class(&x, "negotiate");
    assert!(
        found.iter().any(|c| {
            let t = c.target.as_ref().map(|t| t.id.as_str());
            (c.subject.id == "ARM" && t == Some("AZE"))
                || (c.subject.id == "AZE" && t == Some("ARM"))
        }),
        "{:?}",
        show(&x)
    );
    // Control: one party alone signing names nobody it agreed with: no claim (a truce is
    // tracked without a partner since session 33, `agreednoun:negotiate`; a deal is not).
    let y = run("Armenia signed a deal in Moscow on Saturday.");
    assert!(of_class(&y, "negotiate").is_empty(), "{:?}", show(&y));
}

#[test]
fn an_act_on_a_figure_is_no_attack() {
    let x = run("Sales of the electric scooters hit record levels in March, the company said.");
    assert!(of_class(&x, "attack").is_empty(), "{:?}", show(&x));
    let y = run("The new tablets will hit store shelves across Europe in May.");
    assert!(of_class(&y, "attack").is_empty(), "{:?}", show(&y));
    // Control: a missile hitting a building is an attack.
    let z = run("Russian missiles hit a hospital in Kharkiv on Tuesday, officials said.");
    assert!(!of_class(&z, "attack").is_empty(), "{:?}", show(&z));
}

#[test]
fn taking_over_a_task_is_no_capture() {
    let x = run("The deputy prime minister has taken over the running of the government.");
    assert!(of_class(&x, "capture").is_empty(), "{:?}", show(&x));
    let y = run("His brother had taken over while the president was in hospital in Paris.");
    assert!(of_class(&y, "capture").is_empty(), "{:?}", show(&y));
    // Control: armed men taking over a town capture it.
    let z = run("Tuareg rebels took over the town of Kidal on Sunday.");
    assert!(!of_class(&z, "capture").is_empty(), "{:?}", show(&z));
}

#[test]
fn a_dateline_is_never_a_doer() {
    // The parser hangs the dateline on the verb as its subject.
    let text = "BAGHDAD, Oct 12 (Reuters) - Iraqi soldiers who have deserted to Islamic State \
                are training members of the group to fire rockets, a monitoring group said on \
                Friday.";
    let dash = text.find(" - ").unwrap();
    let x = run(text);
    assert!(
        !x.claims
            .iter()
            .any(|c| c.subject.mention.as_ref().is_some_and(|m| m.start < dash)),
        "{:?}",
        show(&x)
    );
    // Control: the subject after the dateline does the act.
    let y = run(
        "ANKARA, June 4 (Reuters) - Turkish pilots have trained Azerbaijani crews to fly \
         combat drones, a monitoring group said.",
    );
    assert!(!of_class(&y, "train").is_empty(), "{:?}", show(&y));
}

#[test]
fn a_hedge_word_hedges_its_own_clause() {
    let x = run(
        "The army has been fighting the rebels in the north since 2012, with some 300 \
         soldiers reportedly killed this year.",
    );
    let fights = of_class(&x, "fight");
    assert!(
        !fights.is_empty() && fights.iter().all(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&x)
    );
    // Control: the hedge on the fighting's own clause hedges it.
    let y = run("The army has reportedly been fighting the rebels in the north since 2012.");
    let fights = of_class(&y, "fight");
    assert!(
        !fights.is_empty() && fights.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_truce_named_as_a_noun_is_made_by_its_speaker() {
    // The one denying reports of a truce with someone is the other party to it.
    let x = run("The FARC denied reports of a truce with the Colombian government.");
    let found = of_class(&x, "negotiate");
    assert!(
        found.iter().any(|c| c.subject.id == "GROUP.FARC"
            && c.target.as_ref().is_some_and(|t| t.id == "COL")
            && c.stance == Stance::Deny),
        "{:?}",
        show(&x)
    );
    let y = run("Colombia's army announced a ceasefire with the FARC on Friday.");
    assert!(
        of_class(&y, "negotiate").iter().any(|c| c
            .target
            .as_ref()
            .is_some_and(|t| t.id == "GROUP.FARC")
            && c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
    // Control: a truce with nobody named on the other side is no claim.
    let z = run("The FARC denied reports of a truce on Saturday.");
    assert!(of_class(&z, "negotiate").is_empty(), "{:?}", show(&z));
}
