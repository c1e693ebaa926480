//! Session 18, read on FNC-1 train bodies: hedged and unattributed reports — a rumour's "that"
//! clause ("There were rumors that …", "the rumour that … has been circulating") and "is
//! rumored to" — are the proposition they carry, relayed as a hedge, never asserted, and hedge
//! nothing outside their clause; a state stated through a verb's complement ("was found dead",
//! "is feared dead") is the copula's; a passive with its agent is the active's claim and says
//! so. Sentences written for these tests, each with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::Stance;

#[test]
fn a_rumour_that_clause_is_its_proposition_hedged() {
    let x = run(
        "There were rumors on Sunday that Abu Bakr al-Baghdadi had been killed in an airstrike \
         near Mosul.",
    );
    let killed = of_class(&x, "kill");
    assert!(
        killed.iter().any(|c| c.subject.id.contains("baghdadi")
            || c.target.as_ref().is_some_and(|t| t.id.contains("baghdadi"))),
        "{:?}",
        show(&x)
    );
    assert!(
        killed.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
    // Control: a relative clause on a report noun states nothing the report says.
    let y = run("There were reports that emerged on Sunday from the city of Mosul.");
    assert!(x.claims.len() > y.claims.len(), "{:?}", show(&y));
}

#[test]
fn rumors_circulated_that_relays_a_report_not_an_assertion() {
    let x = run("Rumors circulated that Baghdadi was killed in a US airstrike in Iraq.");
    let killed = of_class(&x, "kill");
    assert!(!killed.is_empty(), "{:?}", show(&x));
    assert!(
        killed.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
    // Control: the outlet's own lede asserts.
    let y = run("Baghdadi was killed in a US airstrike in Iraq on Monday.");
    assert!(
        of_class(&y, "kill")
            .iter()
            .any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn is_rumored_to_have_been_is_a_believed_proposition() {
    let x = run(
        "Abu Bakr al-Baghdadi is rumored to have been wounded in the strike on a convoy near \
         the Syrian border.",
    );
    let wounded = of_class(&x, "wound");
    assert!(
        wounded
            .iter()
            .any(|c| c.subject.id.contains("baghdadi") && c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
}

#[test]
fn a_rumour_in_a_sentence_hedges_only_its_own_clause() {
    // The lede asserts what lies outside the rumour.
    let x = run(
        "Despite rumors that swept the Internet on Sunday, the actor is alive and well, his \
         manager said.",
    );
    assert!(
        x.claims
            .iter()
            .filter(|c| c.object.as_deref() == Some("alive"))
            .all(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&x)
    );
}

#[test]
fn found_dead_is_a_state_of_the_subject() {
    let x = run("The British journalist was found dead in his apartment in Beirut on Monday.");
    assert!(
        x.claims
            .iter()
            .any(|c| c.predicate == "be" && c.object.as_deref() == Some("dead")),
        "{:?}",
        show(&x)
    );
    // "is feared dead": believed, so a hedge.
    let y = run("Kayla Mueller is feared dead after the airstrike on the building in Raqqa.");
    let dead: Vec<_> = y
        .claims
        .iter()
        .filter(|c| c.predicate == "be" && c.object.as_deref() == Some("dead"))
        .collect();
    assert!(!dead.is_empty(), "{:?}", show(&y));
    assert!(
        dead.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&y)
    );
    // Control: a complement that is no checkable state ("found it difficult") is nothing.
    let z = run("The British journalist found the work difficult in Beirut on Monday.");
    assert!(
        z.claims.iter().all(|c| c.predicate != "be"),
        "{:?}",
        show(&z)
    );
}

#[test]
fn a_passive_with_its_agent_is_one_claim_with_the_active() {
    let x = run("Steven Sotloff was beheaded by the Islamic State in Syria.");
    let y = run("The Islamic State beheaded Steven Sotloff in Syria.");
    let (a, b) = (of_class(&x, "execute"), of_class(&y, "execute"));
    assert!(
        !a.is_empty() && !b.is_empty(),
        "{:?} {:?}",
        show(&x),
        show(&y)
    );
    assert_eq!(a[0].key, b[0].key, "{:?} {:?}", show(&x), show(&y));
    assert!(
        a[0].merge
            .as_deref()
            .is_some_and(|m| m.contains("one claim with the active")),
        "{:?}",
        a[0].merge
    );
}

#[test]
fn launching_a_product_is_no_attack() {
    let x = run(
        "Amazon is planning to launch a free streaming service for its customers next year, \
         the company said.",
    );
    assert!(of_class(&x, "attack").is_empty(), "{:?}", show(&x));
    let y = run("Analysts said the Apple Watch will launch in April in the United States.");
    assert!(of_class(&y, "attack").is_empty(), "{:?}", show(&y));
    // Control: launching airstrikes on someone is an attack.
    let z = run("Jordan launched new airstrikes on Islamic State targets in Syria on Thursday.");
    assert!(!of_class(&z, "attack").is_empty(), "{:?}", show(&z));
}
