//! Session 29: frame verbs over an act (a decision, a refusal), speech relayed inside a
//! quotation, a title apposed to a person's name as the one harmed, cases ruled out. Sentences
//! written for these tests, each with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::{Polarity, Stance};

#[test]
fn a_decision_or_commitment_to_act_is_the_act_qualified() {
    let sent = |x: &crate::model::Extraction| {
        let mut c = of_class(x, "deploy");
        c.extend(of_class(x, "transfer"));
        c.into_iter().cloned().collect::<Vec<_>>()
    };
    let x = run("Iran decided to send troops to Syria, two officials said on Monday.");
    let c = sent(&x);
    assert!(
        !c.is_empty(),
        "sending troops is the proposition: {:?}",
        show(&x)
    );
    // Session 30: a decision reported as taken keeps modality `decided` (stated, not hedged).
    assert!(
        c.iter().all(|c| c.modality.as_deref() == Some("decided")),
        "decided on: {:?}",
        show(&x)
    );
    let y = run("Russia agreed to withdraw its troops from the border, the Kremlin said.");
    assert!(
        of_class(&y, "withdraw")
            .iter()
            .all(|c| c.modality.as_deref() == Some("intended")),
        "{:?}",
        show(&y)
    );
    // Control: done, the act is stated with no modality.
    let z = run("Iran sent troops to Syria, two officials said on Monday.");
    let c = sent(&z);
    assert!(!c.is_empty(), "{:?}", show(&z));
    assert!(c.iter().all(|c| c.modality.is_none()), "{:?}", show(&z));
}

#[test]
fn a_refusal_to_release_hostages_is_their_release_negated() {
    let x = run("Hamas refused to release the hostages, Israeli officials said on Tuesday.");
    let c = of_class(&x, "free");
    assert!(
        !c.is_empty(),
        "the release is the proposition: {:?}",
        show(&x)
    );
    assert!(
        c.iter()
            .all(|c| c.polarity == Some(Polarity::Negative) && c.subject.id == "GROUP.HAMAS"),
        "Hamas did not release them: {:?}",
        show(&x)
    );
    // Control: released, the release is asserted.
    let y = run("Hamas released the hostages, Israeli officials said on Tuesday.");
    assert!(
        of_class(&y, "free")
            .iter()
            .any(|c| c.polarity != Some(Polarity::Negative) && c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn an_i_in_speech_relayed_inside_a_quotation_is_not_the_quoter() {
    let x = run(
        "\u{201c}Perhaps the guard will say, \u{2018}I fired because he kept running at me,\u{2019}\u{201d} \
         said lawyer Daniel Okafor, who represents the family.",
    );
    assert!(
        x.claims
            .iter()
            .all(|c| !c.subject.id.starts_with("PERSON.daniel-okafor")),
        "the guard would have fired, not the lawyer: {:?}",
        show(&x)
    );
    // Control: in the lawyer's own words, "I" is the lawyer.
    let y = run(
        "\u{201c}I filed the lawsuit against the prison on Monday,\u{201d} said lawyer Daniel Okafor, \
         who represents the family.",
    );
    assert!(
        y.claims
            .iter()
            .any(|c| c.subject.id.starts_with("PERSON.daniel-okafor")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_spokesman_apposed_to_his_name_is_the_one_wounded() {
    let x = run("The spokesman, John Kirby, was wounded in the attack on the convoy.");
    let c = of_class(&x, "wound");
    assert!(!c.is_empty(), "{:?}", show(&x));
    assert!(
        c.iter().all(|c| c.subject.id == "PERSON.john-kirby"),
        "Kirby is wounded: {:?}",
        show(&x)
    );
    // Control: group members unnamed are not their group.
    let y = run("Three Hamas fighters were wounded in the attack on the convoy.");
    assert!(
        of_class(&y, "wound")
            .iter()
            .all(|c| c.subject.id != "GROUP.HAMAS"),
        "{:?}",
        show(&y)
    );
}

#[test]
fn ruling_out_an_ebola_case_denies_the_case() {
    let x = run("Health officials ruled out any Ebola case in Dallas on Friday.");
    let c = of_class(&x, "infect");
    assert!(!c.is_empty(), "the case is the proposition: {:?}", show(&x));
    assert!(
        c.iter().all(|c| c.stance == Stance::Deny),
        "ruled out: {:?}",
        show(&x)
    );
    // Control: confirmed, the case is asserted.
    let y = run("Health officials confirmed a case of Ebola in Dallas on Friday.");
    let c = of_class(&y, "infect");
    assert!(!c.is_empty(), "{:?}", show(&y));
    assert!(
        c.iter().all(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}
