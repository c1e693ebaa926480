//! Session 20, read on FNC-1 train bodies. Sentences written for these tests, each with a
//! control.

use super::tests_lede::{of_class, run, show};
use crate::model::{Extraction, Stance};

/// `x` has claims of `class`, and all of them (`every`) or some of them take `stance`.
fn stance_of(x: &Extraction, class: &str, stance: Stance, every: bool) {
    let found = of_class(x, class);
    let with = found.iter().filter(|c| c.stance == stance).count();
    let ok = !found.is_empty() && if every { with == found.len() } else { with > 0 };
    assert!(ok, "{:?}", show(x));
}

#[test]
fn an_existential_report_that_clause_is_a_hedge() {
    // The parser hangs the clause on "were", not on the report noun.
    let x = run("There were rumours that the rebel commander had been killed in an air strike.");
    stance_of(&x, "kill", Stance::Hedge, true);
    let y = run("There are reports that militants kidnapped two aid workers near Aleppo.");
    stance_of(&y, "detain", Stance::Hedge, true);
    // Control: the outlet's own statement of the killing is asserted.
    let z = run("The rebel commander was killed in an air strike on Sunday.");
    stance_of(&z, "kill", Stance::Assert, false);
}

#[test]
fn a_demanded_act_noun_is_no_act_done() {
    let x = run("Protesters in Hong Kong are calling for the arrest of the police chief.");
    assert!(of_class(&x, "detain").is_empty(), "{:?}", show(&x));
    let y = run(
        "The opposition demanded the release of the two journalists and the arrest of the \
         officers.",
    );
    assert!(of_class(&y, "detain").is_empty(), "{:?}", show(&y));
    // Control: an arrest reported as done is a claim.
    let z = run("Police confirmed the arrest of the police chief in Kowloon on Monday.");
    assert!(!of_class(&z, "detain").is_empty(), "{:?}", show(&z));
}

#[test]
fn a_participle_on_anyone_of_a_kind_is_no_act_done() {
    let x = run(
        "Most people caught with small amounts of cocaine will get a fine instead of being \
         arrested, the mayor said.",
    );
    assert!(of_class(&x, "detain").is_empty(), "{:?}", show(&x));
    let y =
        run("Anyone caught with a knife in the stadium will be banned for life, the club said.");
    assert!(of_class(&y, "detain").is_empty(), "{:?}", show(&y));
    // Control: a participle on people who were caught is what happened to them.
    let z = run(
        "Two men caught with explosives near the embassy will be charged on Monday, the \
         prosecutor said.",
    );
    assert!(!of_class(&z, "detain").is_empty(), "{:?}", show(&z));
}

#[test]
fn a_participle_read_as_the_verb_of_anyone_of_a_kind_is_no_act_done() {
    // The parser makes "caught" the clause's verb with "most people" as its subject.
    let x = run(
        "The governor announced that most people caught with small amounts of cannabis in the \
         state will get slapped with fines instead of arrested.",
    );
    assert!(of_class(&x, "detain").is_empty(), "{:?}", show(&x));
    // With a day after the cue, the parser hangs the clause on the day.
    let w = run(
        "The governor announced Monday that most people caught with small amounts of cannabis \
         in the state will get slapped with fines instead of arrested.",
    );
    assert!(of_class(&w, "detain").is_empty(), "{:?}", show(&w));
    // Control: people arrested are.
    let y =
        run("Police arrested two first-time offenders on Monday instead of giving them a warning.");
    stance_of(&y, "detain", Stance::Assert, false);
}

#[test]
fn an_act_one_is_not_aware_of_is_never_asserted() {
    // "it was not aware of X doing Y": "it" is the one unaware, not a pointer back at the
    // flying claimed before; the act is left open, never asserted by the one unaware.
    let x = run(
        "Islamic State has been flying the planes over the airport, he said. The Pentagon said \
         it was not aware of Islamic State flying jets in Syria.",
    );
    let fly = of_class(&x, "fly");
    assert!(
        !fly.is_empty()
            && fly
                .iter()
                .all(|c| c.stance != Stance::Assert || !c.evidence.text.contains("aware")),
        "{:?}",
        show(&x)
    );
    let y = run("The Pentagon said it was not aware of Hezbollah attacking the airport.");
    assert!(
        of_class(&y, "attack")
            .iter()
            .all(|c| c.stance != Stance::Assert),
        "{:?}",
        show(&y)
    );
    // Control: the same act said to be done is asserted.
    let z = run("The Pentagon said Islamic State was flying jets over Aleppo.");
    stance_of(&z, "fly", Stance::Assert, true);
}
