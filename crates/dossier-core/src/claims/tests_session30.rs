//! Session 30: verdicts of falsity seen on real news (a plural report noun with a possessive,
//! a pointer called a hoax, a raising verb "turned out to be fake") and decisions reported as
//! taken against commitments. Sentences written for these tests, each with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::{Polarity, Stance};

fn deaths(x: &crate::model::Extraction) -> Vec<&crate::model::DocClaim> {
    of_class(x, "die")
}

#[test]
fn reports_of_his_death_called_false_deny_the_death() {
    let x = run(
        "The singer Marcus Bellamy died in a car crash in London, a celebrity website claimed \
         on Sunday. Reports of his death were false, his publicist said on Monday.",
    );
    let d = deaths(&x);
    assert!(
        d.iter().any(|c| c.stance == Stance::Deny),
        "the publicist denies the death: {:?}",
        show(&x)
    );
    // Control: called accurate, the death is not denied.
    let y = run(
        "The singer Marcus Bellamy died in a car crash in London, a celebrity website claimed \
         on Sunday. Reports of his death were accurate, his publicist said on Monday.",
    );
    assert!(
        deaths(&y).iter().all(|c| c.stance != Stance::Deny),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_story_called_a_hoax_denies_what_it_told() {
    let x = run(
        "A celebrity website claimed that the singer Marcus Bellamy had died in London. The \
         story was a hoax, his agent said on Monday.",
    );
    let d = deaths(&x);
    assert!(
        d.iter().any(|c| c.stance == Stance::Deny),
        "the agent denies the death: {:?}",
        show(&x)
    );
    assert!(
        d.iter()
            .filter(|c| c.evidence.text.contains("hoax"))
            .all(|c| c.stance == Stance::Deny),
        "no hedge or assertion from the hoax: {:?}",
        show(&x)
    );
    // Control: a story called true is no denial.
    let y = run(
        "A celebrity website claimed that the singer Marcus Bellamy had died in London. The \
         story was true, his agent said on Monday.",
    );
    assert!(
        deaths(&y).iter().all(|c| c.stance != Stance::Deny),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_report_that_turned_out_to_be_false_denies_its_content() {
    let text = |verdict: &str| {
        format!(
            "The rebel commander Yusuf Adamu was killed in an air strike on Sunday, a local \
             radio station reported. The report of his death turned out to be {verdict}."
        )
    };
    let x = run(&text("false"));
    assert!(
        deaths(&x).iter().any(|c| c.stance == Stance::Deny),
        "the death is denied: {:?}",
        show(&x)
    );
    // Control: turned out to be true, not denied.
    let y = run(&text("true"));
    assert!(
        deaths(&y).iter().all(|c| c.stance != Stance::Deny),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_decision_reported_as_taken_is_stated_a_commitment_is_intended() {
    let x = run("The Syrian government decided to release 200 prisoners, state media said.");
    let f = of_class(&x, "free");
    assert!(!f.is_empty(), "{:?}", show(&x));
    assert!(
        f.iter().all(|c| c.modality.as_deref() == Some("decided")
            && c.stance == Stance::Assert
            && c.polarity == Some(Polarity::Positive)),
        "the decision is reported as taken: {:?}",
        show(&x)
    );
    // Control: agreeing to release is a promise, the release not done.
    let y = run("The Syrian government agreed to release 200 prisoners, state media said.");
    let f = of_class(&y, "free");
    assert!(!f.is_empty(), "{:?}", show(&y));
    assert!(
        f.iter()
            .all(|c| c.modality.as_deref() == Some("intended") && c.stance == Stance::Hedge),
        "promised, not done: {:?}",
        show(&y)
    );
}

#[test]
fn firing_off_a_message_is_no_attack() {
    let x =
        run("The opposition leader fired off an angry letter to the prime minister on Tuesday.");
    assert!(of_class(&x, "attack").is_empty(), "{:?}", show(&x));
    // Control: rockets fired at a town attack it.
    let y = run("Rebels fired rockets at the town of Kidal on Tuesday, the army said.");
    assert!(!of_class(&y, "attack").is_empty(), "{:?}", show(&y));
}
