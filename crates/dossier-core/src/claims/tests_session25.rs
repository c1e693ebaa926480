//! Session 25: propositions written in other words — a town falling into someone's hands, an
//! official fired, a patient treated (or not) for a disease, the one a relative clause
//! describes by a killing, a result clause, retaking a town — and report words that bear on
//! their own clause only. Sentences written for these tests, each with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::Stance;

#[test]
fn a_town_falling_into_the_hands_of_a_group_is_captured_by_it() {
    let x = run(
        "The Iraqi city of Ramadi fell into the hands of the Islamic State on Sunday, the \
         defence ministry said.",
    );
    let c = of_class(&x, "capture");
    assert!(
        c.iter()
            .any(|c| c.subject.id == "GROUP.ISIS" && c.stance == Stance::Assert),
        "{:?}",
        show(&x)
    );
    // Control: a price falling to a level is captured by no one.
    let y = run("Oil prices fell to their lowest level in six years on Monday, traders said.");
    assert!(of_class(&y, "capture").is_empty(), "{:?}", show(&y));
}

#[test]
fn an_official_who_was_fired_is_dismissed_not_attacked() {
    let x = run("The mayor of Kirkuk was fired on Tuesday, two provincial officials said.");
    assert!(!of_class(&x, "dismiss").is_empty(), "{:?}", show(&x));
    assert!(of_class(&x, "attack").is_empty(), "{:?}", show(&x));
    // Control: rockets fired are an attack, no dismissal.
    let y = run("Hamas fired rockets at Israel on Tuesday, the Israeli army said.");
    assert!(of_class(&y, "dismiss").is_empty(), "{:?}", show(&y));
    // Control: a person fired at is shot at, not dismissed.
    let z = run("Officer Mark Dalton was fired at by a gunman outside the station, police said.");
    assert!(of_class(&z, "dismiss").is_empty(), "{:?}", show(&z));
}

#[test]
fn treated_for_a_disease_is_an_infection_and_not_treated_denies_it() {
    let x = run(
        "A British aid worker is being treated for Ebola at a London hospital, health \
         officials said.",
    );
    let c = of_class(&x, "infect");
    assert!(
        c.iter()
            .any(|c| c.object.as_deref() == Some("ebola") && c.stance == Stance::Assert),
        "{:?}",
        show(&x)
    );
    let n = run("A Spanish nurse is not being treated for Ebola, the hospital in Madrid said.");
    assert!(
        of_class(&n, "infect")
            .iter()
            .any(|c| c.stance == Stance::Deny),
        "{:?}",
        show(&n)
    );
    // Control: treated for burns is no infection.
    let y = run("Two soldiers are being treated for burns, the army said on Monday.");
    assert!(of_class(&y, "infect").is_empty(), "{:?}", show(&y));
}

#[test]
fn the_man_who_killed_someone_is_keyed_as_that_killer() {
    let x = run(
        "Moscow police have arrested the man who killed Boris Nemtsov, the Interior Ministry \
         said.",
    );
    let y = run("The gunman who killed Boris Nemtsov was arrested, Russian officials said.");
    let arrested = |x: &crate::model::Extraction| -> Vec<String> {
        of_class(x, "detain")
            .iter()
            .flat_map(|c| {
                [
                    Some(c.subject.id.clone()),
                    c.target.as_ref().map(|t| t.id.clone()),
                ]
            })
            .flatten()
            .filter(|id| id.contains("killer") && id.contains("nemtsov"))
            .collect()
    };
    let (a, b) = (arrested(&x), arrested(&y));
    assert!(!a.is_empty(), "{:?}", show(&x));
    assert!(!b.is_empty(), "{:?}", show(&y));
    assert_eq!(a[0], b[0], "one killer, whatever the noun");
    // Control: the man who was killed is no killer.
    let z = run("Police arrested the man who was wounded in the attack, officials said.");
    assert!(
        z.claims.iter().all(|c| !c.subject.id.contains("killer")
            && c.target.as_ref().is_none_or(|t| !t.id.contains("killer"))),
        "{:?}",
        show(&z)
    );
}

#[test]
fn a_result_clause_after_so_is_stated() {
    let x = run(
        "Kim Jong-un gained so much weight that he fractured both ankles, South Korean \
         intelligence officials said.",
    );
    assert!(
        of_class(&x, "fracture")
            .iter()
            .any(|c| c.subject.id.contains("kim")),
        "{:?}",
        show(&x)
    );
    // Control: a clause after "after" is no result the words state, and its "he" stays a
    // pronoun's reading.
    let y = run(
        "Kim Jong-un gained weight after he fractured both ankles, South Korean intelligence \
         officials said.",
    );
    assert!(of_class(&y, "fracture").is_empty(), "{:?}", show(&y));
}

#[test]
fn retaking_a_town_is_capturing_it() {
    let x = run(
        "Iraqi forces retook the town of Tikrit from Islamic State militants on Tuesday, the \
         defence ministry said.",
    );
    assert!(
        of_class(&x, "capture")
            .iter()
            .any(|c| c.subject.id == "IRQ"),
        "{:?}",
        show(&x)
    );
}

#[test]
fn a_report_word_hedges_its_own_clause_not_the_next_one() {
    let x = run(
        "Syrian government forces reportedly attacked the town on Sunday, and Turkey shelled \
         Kurdish positions near Afrin.",
    );
    let attacks = of_class(&x, "attack");
    let syrian = |c: &&crate::model::DocClaim| c.subject.id.starts_with("SYR");
    assert!(attacks.iter().any(syrian), "{:?}", show(&x));
    assert!(
        attacks
            .iter()
            .filter(|c| syrian(c))
            .all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
    assert!(
        attacks
            .iter()
            .any(|c| c.subject.id == "TUR" && c.stance == Stance::Assert),
        "the outlet's own clause: {:?}",
        show(&x)
    );
    // Control: a conjunct sharing the reported subject is reported too.
    let y = run("Syrian government forces reportedly attacked the town and shelled a school.");
    let a = of_class(&y, "attack");
    assert!(!a.is_empty(), "{:?}", show(&y));
    assert!(
        a.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&y)
    );
}
