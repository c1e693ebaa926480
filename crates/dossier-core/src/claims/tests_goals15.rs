//! Session 15: what ought to be done or is aimed at is no act done — an obligation verb's
//! infinitive ("we have to attack"), a conjunct under a normative modal ("should draw up a list …
//! and arrest them"), an infinitive of purpose on a noun or a clause ("a larger role … to deprive
//! ISIL of its havens and capture Mosul"), an intention cue the tagger reads as an adjective
//! ("is promising to bomb"), a participle modifying nouns ("existing enrichment programs");
//! and a description with a name in apposition is the one named ("the elder brother, Tamerlan,
//! was killed"). Sentences written for these tests, each with a control that states the act.

use super::tests_lede::{of_class, run, show};
use super::*;

#[test]
fn an_obligation_is_no_act_done() {
    let must = run(
        "\"We have to attack their supply lines in Raqqa,\" Senator Mark Kelly told reporters.",
    );
    assert!(of_class(&must, "attack").is_empty(), "{:?}", show(&must));
    let did =
        run("\"We attacked their supply lines in Raqqa,\" Senator Mark Kelly told reporters.");
    assert!(!of_class(&did, "attack").is_empty(), "{:?}", show(&did));
}

#[test]
fn a_conjunct_shares_the_normative_modal_before_it() {
    let ought = run(
        "\"Every police station should draw up a list of the smugglers and arrest them by \
         Friday,\" the directive reads.",
    );
    assert!(ought.claims.is_empty(), "{:?}", show(&ought));
    let done =
        run("Police drew up a list of the smugglers and arrested them on Friday, officials said.");
    assert!(!of_class(&done, "detain").is_empty(), "{:?}", show(&done));
}

#[test]
fn an_infinitive_of_purpose_is_no_act_done() {
    let aim = run(
        "Kagan backs a larger American role in Iraq to deprive ISIL of its havens and capture \
         Mosul.",
    );
    assert!(of_class(&aim, "capture").is_empty(), "{:?}", show(&aim));
    let done = run("Iraqi forces captured Mosul in July, officials said.");
    assert!(!of_class(&done, "capture").is_empty(), "{:?}", show(&done));
}

#[test]
fn a_promise_read_as_an_adjective_is_still_an_intention() {
    let x = run(
        "Donald Trump is promising to \"bomb the hell\" out of Islamic State terrorists and \
         deport Syrian refugees.",
    );
    assert!(
        x.claims
            .iter()
            .all(|c| c.stance != Stance::Assert
                || !matches!(c.predicate.as_str(), "attack" | "deport")),
        "a promise is no deed: {:?}",
        show(&x)
    );
}

#[test]
fn a_participle_modifying_nouns_is_no_predicate() {
    let x =
        run("\"Iran should give up existing enrichment programs at Fordow,\" the minister said.");
    assert!(
        x.claims.iter().all(|c| c.predicate != "exist"),
        "{:?}",
        show(&x)
    );
}

#[test]
fn a_description_with_a_name_in_apposition_is_the_one_named() {
    let x = run(
        "Dzhokhar Tsarnaev and his older brother Tamerlan Tsarnaev fled the city. The elder \
         brother, Tamerlan, was killed in a shootout with police, officials said.",
    );
    let killed = of_class(&x, "kill");
    assert!(!killed.is_empty(), "{:?}", show(&x));
    assert!(
        killed
            .iter()
            .all(|c| c.subject.id == "PERSON.tamerlan-tsarnaev"),
        "{:?}",
        show(&x)
    );
}

#[test]
fn agreeing_with_someone_is_a_view_not_a_deal() {
    let view = run("Donald Trump said Monday that unnamed military leaders agree with him.");
    assert!(of_class(&view, "negotiate").is_empty(), "{:?}", show(&view));
    let deal = run("Russia agreed with Turkey on a ceasefire in Idlib, officials said.");
    assert!(
        !of_class(&deal, "negotiate").is_empty(),
        "{:?}",
        show(&deal)
    );
}
