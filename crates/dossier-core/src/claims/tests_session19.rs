//! Session 19, read on FNC-1 train bodies. Sentences written for these tests, each with a
//! control.

use super::tests_lede::{of_class, run, show};
use crate::lexicon::Lexicon;
use crate::model::{DocumentHeader, Extraction, Stance};

fn run_with(text: &str, lex: &Lexicon) -> Extraction {
    let d = crate::make_document(
        text,
        DocumentHeader {
            outlet: Some("Test Wire".into()),
            ..Default::default()
        },
    );
    crate::extract_with(&d, lex)
}

#[test]
fn a_plural_demonym_of_an_overlay_state_is_its_people() {
    let lex = Lexicon::with_overlay(&[(
        "states.tsv",
        "#id\tname\taliases\tdemonyms\tmetonyms\n\
         XFR\tFreedonia\t\tFreedonian\tFreedonia City\n",
    )])
    .unwrap();
    let text = "Four Freedonians were killed on Tuesday when a car bomb exploded in Kabul.";
    let x = run_with(text, &lex);
    assert!(
        x.claims
            .iter()
            .any(|c| c.subject.id.contains("people") && c.subject.id.contains("XFR")),
        "{:?}",
        show(&x)
    );
    assert!(
        x.claims.iter().all(|c| c.subject.id != "XFR"),
        "{:?}",
        show(&x)
    );
    // Control: the embedded lexicon's demonym reads the same way.
    let y = run_with(
        "Four Americans were killed on Tuesday when a car bomb exploded in Kabul.",
        Lexicon::embedded(),
    );
    assert!(
        y.claims
            .iter()
            .any(|c| c.subject.id.contains("people") && c.subject.id.contains("USA")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_story_or_theory_that_clause_is_a_hedge_not_an_assertion() {
    let x = run(
        "The story that rebels had kidnapped two aid workers in Aleppo was widely shared on \
         Twitter.",
    );
    let kidnapped = of_class(&x, "detain");
    assert!(!kidnapped.is_empty(), "{:?}", show(&x));
    assert!(
        kidnapped.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
    let y =
        run("The theory that Ukrainian jets shot down the airliner has gained traction in Moscow.");
    let downed = of_class(&y, "intercept");
    assert!(!downed.is_empty(), "{:?}", show(&y));
    assert!(
        downed.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&y)
    );
    // Control: the outlet's own statement of the act is asserted.
    let z = run("Rebels kidnapped two aid workers in Aleppo on Sunday.");
    assert!(
        of_class(&z, "detain")
            .iter()
            .any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&z)
    );
}

#[test]
fn targeting_an_aim_is_no_attack() {
    let x = run("Netflix is targeting a spring launch for its new streaming service in Europe.");
    assert!(of_class(&x, "attack").is_empty(), "{:?}", show(&x));
    let y = run("Apple is targeting 18 hours of battery life for its new watch, analysts said.");
    assert!(of_class(&y, "attack").is_empty(), "{:?}", show(&y));
    // Control: someone or somewhere targeted is attacked.
    let z = run("A US drone targeted the Taliban commander in eastern Afghanistan on Monday.");
    assert!(!of_class(&z, "attack").is_empty(), "{:?}", show(&z));
    let w = run("Rebels targeted the airport in Donetsk with rockets on Sunday.");
    assert!(!of_class(&w, "attack").is_empty(), "{:?}", show(&w));
}
