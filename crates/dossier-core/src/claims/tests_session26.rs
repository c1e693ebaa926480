//! Session 26: hedges and scopes on real-news shapes — an "according to" source whose phrase the
//! attribution gave another content, a report's
//! clause parted from its noun by a time phrase, and an adverbial clause of fact that carries
//! its own proposition. Sentences written for these tests, each with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::Stance;

#[test]
fn an_according_to_source_after_the_clause_is_the_claims_source() {
    let text = "Luis Ortega died on Sunday at a clinic in Erbil, Iraq, according to Hoshyar \
                Mirza, a spokesman for the regional government.";
    let x = run(text);
    let c = of_class(&x, "die");
    let c = c
        .first()
        .unwrap_or_else(|| panic!("no death read: {:?}", show(&x)));
    assert_eq!(c.stance, Stance::Assert, "{:?}", show(&x));
    let s = x
        .statements
        .iter()
        .find(|s| Some(&s.id) == c.statement.as_ref())
        .unwrap_or_else(|| panic!("the claim has no source: {:?}", show(&x)));
    assert!(s.speaker.id.contains("mirza"), "{:?}", s.speaker);
    // The place stops before the source.
    if let Some(p) = c.place.as_deref() {
        assert!(!p.contains("according"), "{p}");
    }
    // Control: a report word of its own still hedges it.
    let y = run(
        "Luis Ortega reportedly died on Sunday at a clinic in Erbil, Iraq, according to \
         Hoshyar Mirza, a spokesman for the regional government.",
    );
    let d = of_class(&y, "die");
    assert!(
        !d.is_empty() && d.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_clause_it_was_claimed_after_is_hedged() {
    let x =
        run("Islamic State militants beheaded two Kurdish fighters near Kobani, it was claimed.");
    let c = of_class(&x, "execute");
    assert!(
        !c.is_empty() && c.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
    // Control: said on the record, it is asserted.
    let y = run(
        "Islamic State militants beheaded two Kurdish fighters near Kobani, the Kurdish \
         regional government said last night.",
    );
    assert!(
        of_class(&y, "execute")
            .iter()
            .any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn reports_with_a_time_before_their_clause_carry_that_clause() {
    let x = run(
        "The Iraqi defence ministry denied reports last month that Iranian jets had bombed \
         Islamic State positions in Diyala province.",
    );
    let c = of_class(&x, "attack");
    assert!(
        c.iter().any(|c| c.stance == Stance::Deny),
        "the ministry denies the bombing: {:?}",
        show(&x)
    );
    assert!(
        !c.iter().any(|c| c.stance == Stance::Assert),
        "the reports are not the outlet's: {:?}",
        show(&x)
    );
    // Control: the bombing stated last month is asserted.
    let y = run(
        "Iranian jets bombed Islamic State positions in Diyala province last month, the Iraqi \
         defence ministry said.",
    );
    assert!(
        of_class(&y, "attack")
            .iter()
            .any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn an_adverbial_clause_of_fact_states_its_own_proposition() {
    let x = run(
        "After Teresa Romero tested positive for Ebola, health workers quarantined her \
         husband, the regional government said.",
    );
    let c = of_class(&x, "infect");
    assert!(
        c.iter()
            .any(|c| c.subject.id.contains("romero") && c.stance == Stance::Assert),
        "{:?}",
        show(&x)
    );
    // Control: a supposed clause states nothing.
    let y = run(
        "If Teresa Romero tests positive for Ebola, health workers will quarantine her \
         husband, the regional government said.",
    );
    assert!(
        !of_class(&y, "infect")
            .iter()
            .any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_pointer_past_someone_unnamed_reaches_the_named_claim_of_its_class() {
    let x = run(
        "Cuban blogs reported on Sunday that Raul Castro had died. A 90-year-old man died on \
         Saturday, local media said. A foreign ministry official said the rumours were false.",
    );
    assert!(
        of_class(&x, "die")
            .iter()
            .any(|c| c.subject.id.contains("castro") && c.stance == Stance::Deny),
        "{:?}",
        show(&x)
    );
    // Control: with no one named before, the unnamed man's death is the one pointed at.
    let y = run(
        "A 90-year-old man died on Saturday, local media said. A foreign ministry official \
         said the rumours were false.",
    );
    assert!(
        !of_class(&y, "die")
            .iter()
            .any(|c| c.subject.id.contains("castro")),
        "{:?}",
        show(&y)
    );
}
