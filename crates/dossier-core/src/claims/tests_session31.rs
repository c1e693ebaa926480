//! Session 31 (issue 17, precision and recall of claims on FNC-1 train): classes for frequent
//! news verbs that had none (suspend, charge, convict, expel, quarantine; "sidelined" as a
//! dismissal, "castrated" as a wound), verbs of asking or permitting whose object is to act
//! (`askframe`), a message or medium doing a class act only in a figure of speech, and a verb
//! the parser made a state's subject. Sentences from FNC-1 train bodies (none from the gold
//! set's heldout articles), each with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::Polarity;

#[test]
fn a_suspension_with_no_one_named_is_about_the_one_suspended() {
    // fnc-494
    let x = run(
        "Michael Phelps is the most decorated Olympian of all time. Phelps recently returned \
         to top-level competition after a two-year sabbatical, but has been suspended \
         following his arrest on September 30.",
    );
    assert!(
        of_class(&x, "suspend")
            .iter()
            .any(|c| c.subject.id.as_str().contains("phelps")),
        "Phelps was suspended: {:?}",
        show(&x)
    );
    // Control: an account is a thing, not someone suspended (`thingpatient` lists no suspend).
    let y =
        run("The image remains unconfirmed, however, and the account has since been suspended.");
    assert!(of_class(&y, "suspend").is_empty(), "{:?}", show(&y));
    // Control: a word banned is no one suspended (`actobj:someone`); the verb keeps its own
    // sense (fnc-362).
    let z = run(
        "The college newspaper reported that Elon University has banned the term \"freshman\" \
         because it's sexist.",
    );
    assert!(of_class(&z, "suspend").is_empty(), "{:?}", show(&z));
}

#[test]
fn a_town_quarantined_is_a_claim_about_the_town() {
    // fnc-43
    let x = run(
        "The small town of Purdon, Texas has been quarantined after a family of five tested \
         positive for the Ebola virus.",
    );
    assert!(
        !of_class(&x, "quarantine").is_empty(),
        "Purdon was quarantined: {:?}",
        show(&x)
    );
    // Control: evacuated is no quarantine.
    let y = run(
        "The small town of Purdon, Texas has been evacuated after a family of five tested \
         positive for the Ebola virus.",
    );
    assert!(of_class(&y, "quarantine").is_empty(), "{:?}", show(&y));
}

#[test]
fn charged_and_convicted_are_separate_propositions() {
    // fnc-371
    let text = |verb: &str| {
        format!(
            "Army Sgt. Bowe Bergdahl walked off his base in Afghanistan in 2009. Kirby is \
             merely saying Bergdahl has not been {verb} yet."
        )
    };
    let x = run(&text("charged"));
    let charged = of_class(&x, "charge");
    assert!(
        charged
            .iter()
            .any(|c| c.subject.id.as_str().contains("bergdahl")
                && c.polarity == Some(Polarity::Negative)),
        "Bergdahl has not been charged: {:?}",
        show(&x)
    );
    assert!(of_class(&x, "convict").is_empty(), "{:?}", show(&x));
    // Control: convicted is the other step, a claim of its own class.
    let y = run(&text("convicted"));
    assert!(of_class(&y, "charge").is_empty(), "{:?}", show(&y));
    assert!(!of_class(&y, "convict").is_empty(), "{:?}", show(&y));
}

#[test]
fn deported_is_an_expulsion_of_the_one_deported() {
    // fnc-1899
    let x = run(
        "Gill Rosenberg, a Canadian-Israeli woman, joined the Kurdish fighters. Rosenberg was \
         later convicted of the crime and sentenced to four years in a US prison, though her \
         term was eventually shortened and she was deported to Israel instead, Channel 10 \
         reported.",
    );
    assert!(
        of_class(&x, "expel")
            .iter()
            .any(|c| c.subject.id.as_str().contains("rosenberg")),
        "Rosenberg was deported: {:?}",
        show(&x)
    );
    assert!(!of_class(&x, "convict").is_empty(), "{:?}", show(&x));
}

#[test]
fn a_verb_of_permitting_with_an_infinitive_is_no_act_on_its_object() {
    // fnc-132
    let x = run(
        "Vogue editor Anna Wintour is not amused by the rats at the Conde Nast offices. The \
         source said pin-thin Wintour does, in fact, normally allow staffers to eat in the \
         office.",
    );
    assert!(
        x.claims.iter().all(|c| c.predicate != "allow"),
        "allowing staff to eat is no claim: {:?}",
        show(&x)
    );
    // Control: feeding the staff is an act on them.
    let z = run(
        "Vogue editor Anna Wintour is not amused by the rats at the Conde Nast offices. The \
         source said pin-thin Wintour does, in fact, normally feed staffers in the office.",
    );
    assert!(
        z.claims.iter().any(|c| c.predicate == "feed"),
        "{:?}",
        show(&z)
    );
    // Control: an order is an act of its own (fnc-1648).
    let y = run(
        "North Korea ordered its people not to use the name 'Kim Jong Un' in a bid to protect \
         the supreme authority of the current leader, Yonhap said.",
    );
    assert!(
        y.claims.iter().any(|c| c.predicate == "order"),
        "the order stays: {:?}",
        show(&y)
    );
}

#[test]
fn a_news_site_attacks_only_in_a_figure_of_speech() {
    // fnc-648
    let x = run(
        "Its headline now reads \"Satirical news site attacks China's weird English names\" \
         and the story characterizes the report as humorous.",
    );
    assert!(
        of_class(&x, "attack").is_empty(),
        "a site attacks no one: {:?}",
        show(&x)
    );
    // Control: a gunman's attack stays (fnc-1071).
    let y = run(
        "A gunman fired multiple shots at the National War Memorial in Ottawa on Wednesday and \
         shot a Canadian soldier.",
    );
    assert!(!of_class(&y, "attack").is_empty(), "{:?}", show(&y));
}

#[test]
fn a_gerund_made_a_states_subject_is_no_one() {
    // fnc-8
    let x = run(
        "Over the weekend, Sheikh posted a second video admitting the whole thing was a hoax \
         — but a hoax for a cause.",
    );
    assert!(
        x.claims
            .iter()
            .all(|c| !c.subject.id.as_str().contains("admit")),
        "'admitting' is no subject: {:?}",
        show(&x)
    );
}

#[test]
fn what_would_have_happened_did_not() {
    // fnc-110 (a source on Brian Williams)
    let text = |verb: &str| {
        format!(
            "NBC anchor Brian Williams is under fire. He is making a lot of noise at NBC that a \
             lesser journalist or producer {verb} immediately fired or suspended for a false \
             report, said the source."
        )
    };
    let x = run(&text("would have been"));
    assert!(
        of_class(&x, "suspend").is_empty(),
        "a suspension that would have happened: {:?}",
        show(&x)
    );
    // Control: the same act told as done is a claim.
    let y = run(&text("was"));
    assert!(!of_class(&y, "suspend").is_empty(), "{:?}", show(&y));
}
