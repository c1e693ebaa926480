//! Session 17, read on FNC-1 train bodies: a kin noun's "of the X" names whose kin, not who
//! ("The wife and child of the Abu Bakr al-Baghdadi … have been arrested"); a state after a
//! place phrase is where the place is ("an airstrike outside Raqqa, Syria killed …"); a report
//! noun cut off before a clause is no pointer back; "X's claim" with no claim of X bears on a
//! claim someone stated, never the article's own caption; "There's" is no possessor; a denial
//! word in one sentence of a content denies nothing in another ("Gill is safe."). Sentences
//! written for these tests, each with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::Stance;

#[test]
fn the_kin_of_a_named_person_is_not_that_person() {
    let x = run(
        "The wife and child of the Abu Bakr al-Baghdadi, the leader of the Islamic State, have \
         been arrested in Lebanon, security sources said on Tuesday.",
    );
    let held = of_class(&x, "detain");
    assert!(
        held.iter().all(|c| !c.subject.id.contains("baghdadi")),
        "{:?}",
        show(&x)
    );
    // Control: the leader himself arrested is still the leader.
    let y = run(
        "The leader of the Islamic State, Abu Bakr al-Baghdadi, has been arrested in Lebanon, \
         security sources said on Tuesday.",
    );
    assert!(
        of_class(&y, "detain")
            .iter()
            .any(|c| c.subject.id.contains("baghdadi")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_state_after_a_place_phrase_is_where_the_place_is() {
    let x = run(
        "The statement, which circulated on Twitter, said an airstrike outside Raqqa, Syria \
         killed the 26-year-old Mueller.",
    );
    assert!(
        x.claims.iter().all(|c| c.subject.id != "SYR"),
        "{:?}",
        show(&x)
    );
    // Control: a state that is the subject still acts.
    let y = run("The statement said Syria killed the 26-year-old Mueller in an airstrike.");
    assert!(
        of_class(&y, "kill").iter().any(|c| c.subject.id == "SYR"),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_report_noun_cut_before_a_clause_points_back_at_nothing() {
    assert!(!super::pointers::is_anaphoric(
        "report, the majority of the group's African fighters came from Tunisia"
    ));
    // Control: the noun alone, or with a relative, points back.
    assert!(super::pointers::is_anaphoric("the report"));
    assert!(super::pointers::is_anaphoric(
        "the reports, which he called propaganda"
    ));
}

#[test]
fn a_contracted_is_is_no_possessor() {
    assert_eq!(super::pointers::possessor("There's that pause again"), None);
    // Control: a real possessor names whose claim.
    assert_eq!(
        super::pointers::possessor("Hunter's claim was unfounded").as_deref(),
        Some("hunter")
    );
}

#[test]
fn a_named_claim_with_no_claim_of_its_owner_skips_the_caption() {
    let x = run(
        "PHOTO: Kayla Mueller, from Arizona, was kidnapped in Syria in August 2013.\n\nA \
         Jordanian official told ABC News ISIS's claim was \"illogical\" and was part of the \
         terror group's public relations campaign.",
    );
    assert!(
        x.claims
            .iter()
            .all(|c| !c.evidence.text.starts_with("ISIS's claim")),
        "{:?}",
        show(&x)
    );
    // Control: a claim someone stated is the one pointed at.
    let y = run(
        "Officials in Amman said ISIS had killed the Jordanian pilot weeks ago.\n\nA Jordanian \
         official told ABC News ISIS's claim was \"illogical\" and was part of the terror \
         group's public relations campaign.",
    );
    assert!(
        y.claims
            .iter()
            .any(|c| c.evidence.text.starts_with("ISIS's claim")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_denial_in_another_sentence_leaves_an_assertion_asserted() {
    let x = run(
        "Facebook user Oliver Bruno wrote: \"Gill is safe and she has no internet access. \
         ISIS's supporters spread a rumor that she was captured, which is not true.\"",
    );
    let safe: Vec<_> = x
        .claims
        .iter()
        .filter(|c| c.object.as_deref() == Some("safe"))
        .collect();
    assert!(!safe.is_empty(), "{:?}", show(&x));
    assert!(
        safe.iter().all(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&x)
    );
    // Control: the denial word in the proposition's own sentence denies it.
    let y = run(
        "Facebook user Oliver Bruno wrote: \"The report that Gill was captured in Kobani is not \
         true.\"",
    );
    assert!(
        of_class(&y, "capture")
            .iter()
            .all(|c| c.stance == Stance::Deny),
        "{:?}",
        show(&y)
    );
}
