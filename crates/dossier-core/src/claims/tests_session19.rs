//! Session 19, read on FNC-1 train bodies. Sentences written for these tests, each with a
//! control.

use super::tests_lede::show;
use crate::lexicon::Lexicon;
use crate::model::{DocumentHeader, Extraction};

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
