//! Session 32 (issue 17, precision of claims on random FNC-1 train claims): a negation reaches
//! the alternatives coordinated with its verb ("not arrested or charged"), a base form with a
//! singular subject and no auxiliary is a noun the tagger read as a verb, "equipment" alone is
//! no weapon, and a product named after a company is no one charged. Sentences from FNC-1
//! train bodies (none from the gold set's heldout articles), each with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::Polarity;

#[test]
fn a_negation_reaches_the_alternatives_of_its_verb() {
    // fnc-2149
    let x = run(
        "Officer Darren Wilson shot Michael Brown in Ferguson. Wilson, a six-year veteran of the \
         Ferguson force with a clean record, has not been arrested or charged with any crime.",
    );
    let charged = of_class(&x, "charge");
    assert!(
        !charged.is_empty()
            && charged
                .iter()
                .all(|c| c.polarity == Some(Polarity::Negative)),
        "Wilson has not been charged: {:?}",
        show(&x)
    );
    // Control: "and" joins two acts done (fnc-247).
    let y = run(
        "Taylor Lianne Chandler asked for money. But as soon as she got the money she was \
         arrested and charged for extortion.",
    );
    let charged = of_class(&y, "charge");
    assert!(
        !charged.is_empty()
            && charged
                .iter()
                .all(|c| c.polarity == Some(Polarity::Positive)),
        "she was charged: {:?}",
        show(&y)
    );
}

#[test]
fn a_base_form_with_a_singular_subject_and_no_auxiliary_is_no_verb() {
    // fnc-1534: "pay" of "pay TV" tagged a verb with "U.S." its subject.
    let x = run(
        "U.S. pay TV providers lost 125,000 subscribers in 2014, according to Leichtman \
         Research Group.",
    );
    assert!(
        x.claims.iter().all(|c| c.predicate != "pay"),
        "no one paid anything: {:?}",
        show(&x)
    );
    // Control: two subjects take the base form (fnc-600, a headline).
    let z = run("Nigeria And Boko Haram Reportedly Reach Cease-Fire Huffington Post");
    assert!(
        z.claims.iter().any(|c| c.predicate == "reach"),
        "{:?}",
        show(&z)
    );
    // Control: a base form under a modal is the verb (fnc-991).
    let y = run("Secretary of State John Kerry said Washington will not send troops to Iraq.");
    assert!(
        !of_class(&y, "transfer").is_empty(),
        "troops not sent: {:?}",
        show(&y)
    );
}

#[test]
fn equipment_alone_is_no_weapon() {
    // fnc-155
    let x = run(
        "Conal O'Rourke says Comcast sent him nearly $2,000 of equipment he'd never ordered and \
         didn't want.",
    );
    assert!(
        x.claims
            .iter()
            .all(|c| c.object.as_deref() != Some("weapons")),
        "equipment from a cable company is no weapon: {:?}",
        show(&x)
    );
    // Control: arms sent are weapons (fnc-588).
    let y = run("Britain said London began sending arms to the Kurdish fighters in Iraq.");
    assert!(
        y.claims
            .iter()
            .any(|c| c.object.as_deref() == Some("weapons")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_product_named_after_a_company_is_no_one_charged() {
    // fnc-282
    let x = run(
        "Reached for comment, Apple spokeswoman Nat Kerris declined to provide an estimate on \
         expected battery life, but said the company expects users will charge their Apple \
         Watches once daily.",
    );
    assert!(
        of_class(&x, "charge").is_empty(),
        "a watch charged is no one accused: {:?}",
        show(&x)
    );
    // Control: a person charged is (fnc-74).
    let y = run(
        "Army Sgt. Bowe Bergdahl walked off his base in Afghanistan in 2009. Officials said \
         Bergdahl could be charged with desertion.",
    );
    assert!(!of_class(&y, "charge").is_empty(), "{:?}", show(&y));
}

#[test]
fn dozens_of_people_killed_are_people_killed() {
    // fnc-1337
    let x = run(
        "The Syrian Observatory for Human Rights, a UK-based monitoring group, said that dozens \
         of fighters were killed in the strikes, which focused on suspected Isis bases west of \
         Raqqa.",
    );
    assert!(
        !of_class(&x, "kill").is_empty(),
        "dozens of fighters were killed: {:?}",
        show(&x)
    );
    // Control: a quantity of things damaged is no one killed.
    let y = run(
        "The Syrian Observatory for Human Rights, a UK-based monitoring group, said that dozens \
         of buildings were damaged in the strikes, which focused on suspected Isis bases west \
         of Raqqa.",
    );
    assert!(of_class(&y, "kill").is_empty(), "{:?}", show(&y));
}
