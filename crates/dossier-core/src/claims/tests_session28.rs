//! Session 28: propositions wrong or missed on real news — a denial nested in a statement,
//! a verdict of falsity on a report noun, a listed word that only modifies the object's head, a
//! title apposed to a name, a rumour that "cropped up". Sentences written for these tests, each
//! with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::Stance;

#[test]
fn a_denial_reported_by_another_speaker_carries_its_stance() {
    let x = run(
        "The Interior Ministry said on Sunday that the businessman Ali Hassan denied he had \
         any links to the militant group.",
    );
    let c = of_class(&x, "have links");
    assert!(
        !c.is_empty(),
        "the links are the proposition: {:?}",
        show(&x)
    );
    assert!(
        c.iter().all(|c| c.stance == Stance::Deny),
        "Hassan denies the links, the ministry only reports it: {:?}",
        show(&x)
    );
    // Control: reported without the denial, the ministry asserts the links.
    let y = run(
        "The Interior Ministry said on Sunday that the businessman Ali Hassan had links to the \
         militant group.",
    );
    assert!(
        of_class(&y, "have links")
            .iter()
            .any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_hoax_verdict_on_a_report_denies_what_it_reports() {
    let x = run("Government officials said news of the opposition leader's death was a hoax.");
    let c = of_class(&x, "die");
    assert!(
        !c.is_empty(),
        "the death is the proposition: {:?}",
        show(&x)
    );
    assert!(
        c.iter().all(|c| c.stance == Stance::Deny),
        "a hoax denies the death: {:?}",
        show(&x)
    );
    assert!(
        of_class(&x, "be").is_empty(),
        "no claim about the news itself: {:?}",
        show(&x)
    );
    // In the article's own voice too.
    let w = run("News of the opposition leader's death is a hoax.");
    assert!(
        !of_class(&w, "die").is_empty()
            && of_class(&w, "die").iter().all(|c| c.stance == Stance::Deny),
        "{:?}",
        show(&w)
    );
    // Control: a verdict of accuracy leaves the death asserted.
    let y =
        run("Government officials said reports of the opposition leader's death were accurate.");
    let d = of_class(&y, "die");
    assert!(
        !d.is_empty() && d.iter().all(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_listed_word_before_an_unlisted_head_does_not_class_the_object() {
    let lex = super::ClaimLexicon::embedded();
    assert_eq!(lex.object_class("Ebola patient"), "patient");
    assert_eq!(
        lex.object_class("our Ebola screening of air passengers"),
        "screening"
    );
    assert_eq!(lex.object_class("the Ebola infection"), "ebola");
    assert_eq!(lex.object_class("S-400 systems"), "air defence");
    // Controls: the listed word heading the phrase still classes it.
    assert_eq!(lex.object_class("the deadly Ebola virus"), "ebola");
    assert_eq!(lex.object_class("a small number of drones"), "drones");
    assert_eq!(lex.object_class("cases of Ebola"), "ebola");
}

#[test]
fn a_title_apposed_to_a_name_is_the_one_named() {
    let x = run(
        "The army chief, General Musa Bello, had been killed in the ambush near Maiduguri, the \
         ministry said.",
    );
    let c = of_class(&x, "kill");
    assert!(
        c.iter().any(|c| c.subject.id == "PERSON.musa-bello"),
        "the general named is the one killed: {:?}",
        show(&x)
    );
    // Control: an apposed description, no name, keeps the army chief.
    let y = run(
        "The army chief, a veteran of the northern campaign, had been killed in the ambush \
         near Maiduguri, the ministry said.",
    );
    let k = of_class(&y, "kill");
    assert!(
        !k.is_empty() && k.iter().all(|c| c.subject.id != "PERSON.musa-bello"),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_rumour_that_cropped_up_carries_its_clause_as_a_hedge() {
    let x = run("A rumor cropped up that the opposition leader had been arrested by soldiers.");
    let c = of_class(&x, "detain");
    assert!(
        !c.is_empty(),
        "the arrest is the proposition: {:?}",
        show(&x)
    );
    assert!(
        c.iter().all(|c| c.stance == Stance::Hedge),
        "a rumour is relayed: {:?}",
        show(&x)
    );
    let y = run("Unconfirmed Rumors Are Swirling That Kim Jong Un Has Been Killed");
    let k = of_class(&y, "kill");
    assert!(
        !k.is_empty() && k.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_case_of_a_named_disease_is_about_the_disease() {
    let lex = super::ClaimLexicon::embedded();
    assert_eq!(lex.object_class("a suspected Ebola case"), "ebola");
    assert_eq!(lex.object_class("two new Ebola cases in Lagos"), "ebola");
    assert_eq!(lex.object_class("the first cases of Ebola"), "ebola");
    // Controls: a case with no disease named stays a case; a patient is still a patient.
    assert_eq!(
        lex.object_class("the court case against the editor"),
        "case"
    );
    assert_eq!(lex.object_class("an Ebola patient"), "patient");
}

#[test]
fn a_description_keyed_by_the_actor_layer_yields_to_the_apposed_name() {
    let x = run(
        "Militants stormed the barracks on Monday. The commander, General Musa Bello, was \
         killed in the fighting, the army said.",
    );
    let c = of_class(&x, "kill");
    assert!(
        c.iter().any(|c| c.subject.id == "PERSON.musa-bello"),
        "the commander named is the one killed: {:?}",
        show(&x)
    );
    assert!(
        c.iter().all(|c| !c.subject.id.ends_with("commander")),
        "not the bare description: {:?}",
        show(&x)
    );
    // Control: a description apposed to the commander keeps him unnamed.
    let y = run(
        "Militants stormed the barracks on Monday. The commander, a veteran of the northern \
         campaign, was killed in the fighting, the army said.",
    );
    let k = of_class(&y, "kill");
    assert!(
        !k.is_empty() && k.iter().all(|c| c.subject.id != "PERSON.musa-bello"),
        "{:?}",
        show(&y)
    );
}
