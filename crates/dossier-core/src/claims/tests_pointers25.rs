//! Session 25: what a pointer to reports bears on. "confirmed reports that Egypt was behind
//! the strikes" names its own proposition and bears on nothing else when none is read from
//! it; "rumors had not been abated" tells what the reports did, not whether they are true.
//! Sentences written for these tests, each with a control.

use super::tests_lede::{of_class, run, show};

/// The id of the statement whose cue is `cue`.
fn dump(x: &crate::model::Extraction) -> Vec<String> {
    x.claims
        .iter()
        .map(|c| {
            format!(
                "{} {:?} {:?} {:?}",
                c.predicate, c.statement, c.evidence.text, c.merge
            )
        })
        .chain(
            x.statements
                .iter()
                .map(|s| format!("{} {} :: {}", s.id, s.cue.text, s.content.text)),
        )
        .collect()
}

fn cue_id(x: &crate::model::Extraction, cue: &str) -> String {
    x.statements
        .iter()
        .find(|s| s.cue.text == cue)
        .map(|s| s.id.clone())
        .unwrap_or_else(|| panic!("no statement cued {cue:?}: {:#?}", x.statements))
}

#[test]
fn reports_with_a_complement_of_their_own_bear_on_no_earlier_claim() {
    let x = run(
        "Clashes between rival militias killed 31 fighters, a security official said. American \
         officials confirmed reports that Egypt and the United Arab Emirates were behind the two \
         air strikes.",
    );
    let confirmed = cue_id(&x, "confirmed");
    assert!(
        of_class(&x, "kill")
            .iter()
            .all(|c| c.statement.as_deref() != Some(confirmed.as_str())),
        "{:#?}",
        dump(&x)
    );
    // Control: "confirmed the reports" points back at the toll.
    let y = run(
        "Clashes between rival militias killed 31 fighters, a security official said. American \
         officials confirmed the reports.",
    );
    let confirmed = cue_id(&y, "confirmed");
    assert!(
        of_class(&y, "kill")
            .iter()
            .any(|c| c.statement.as_deref() == Some(confirmed.as_str())),
        "{:#?}",
        dump(&y)
    );
}

#[test]
fn rumours_that_go_on_are_no_judgement_of_a_claim() {
    let x = run(
        "Opposition websites reported that the general had been killed in an air strike. \
         Rumors had not been abated by the army's statement, a professor said.",
    );
    let said = cue_id(&x, "said");
    assert!(
        of_class(&x, "kill")
            .iter()
            .all(|c| c.statement.as_deref() != Some(said.as_str())),
        "{:?}",
        show(&x)
    );
    // Control: a linking verb judges the reports.
    let y = run(
        "Opposition websites reported that the general had been killed in an air strike. The \
         reports are false, a professor said.",
    );
    let said = cue_id(&y, "said");
    assert!(
        of_class(&y, "kill")
            .iter()
            .any(|c| c.statement.as_deref() == Some(said.as_str())),
        "{:#?}",
        dump(&y)
    );
}
