//! Session 21, read on FNC-1 train bodies. Sentences written for these tests, each with a
//! control.

use super::tests_lede::{of_class, run, show};

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
    // Control: one party alone signing names nobody it agreed with: no claim.
    let y = run("Armenia signed a truce in Moscow on Saturday.");
    assert!(of_class(&y, "negotiate").is_empty(), "{:?}", show(&y));
}
