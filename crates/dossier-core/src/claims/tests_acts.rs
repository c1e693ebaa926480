//! States and acts behind nouns on the real parser (`infection.rs`, `nominal.rs`): infection
//! reported and denied under one claim, a denial of "the reports" bearing on the report it
//! denies, the use of a chemical weapon said for and against under one claim, and what these
//! readers refuse. Sentences written for these tests.

use super::tests_lede::{of_class, run, show};
use super::*;

#[test]
fn an_infection_report_and_a_who_denial_are_one_claim() {
    let x = run(
        "Islamic State fighters in Mosul have contracted Ebola, the Iraqi newspaper \
                 Al-Sabah reported on Monday. The World Health Organization denied that any \
                 Islamic State fighters had contracted Ebola.",
    );
    let cs = of_class(&x, "infect");
    assert_eq!(cs.len(), 2, "{:?}", show(&x));
    for c in &cs {
        assert_eq!(c.subject.id, "GROUP.ISIS", "{:?}", show(&x));
        assert_eq!(c.object.as_deref(), Some("ebola"));
    }
    assert_eq!(cs[0].key, cs[1].key, "one claim");
    let stances: Vec<Stance> = cs.iter().map(|c| c.stance).collect();
    assert!(stances.contains(&Stance::Assert) && stances.contains(&Stance::Deny));
    // The session-11 parser reads the object as the subject of the report after it (the
    // outlet in apposition): the object is still the disease.
    let y = run(
        "Kurdish fighters near Kobane have contracted cholera, the Turkish news agency \
         Anadolu reported.",
    );
    let cs = of_class(&y, "infect");
    assert_eq!(cs.len(), 1, "{:?}", show(&y));
    assert_eq!(cs[0].object.as_deref(), Some("cholera"), "{:?}", show(&y));
}

#[test]
fn denying_the_reports_bears_on_the_report_not_an_assertion_told_in_between() {
    let x = run(
        "Islamic State fighters in Mosul have contracted Ebola, the Iraqi newspaper \
                 Al-Sabah reported on Monday. British officials said RAF jets had bombed Islamic \
                 State positions near Mosul on Sunday. The Iraqi health ministry denied the \
                 reports.",
    );
    let denial = x
        .claims
        .iter()
        .find(|c| c.stance == Stance::Deny)
        .unwrap_or_else(|| panic!("the ministry's denial: {:?}", show(&x)));
    assert_eq!(denial.predicate, "infect", "{:?}", show(&x));
    assert!(
        !x.claims
            .iter()
            .any(|c| c.predicate == "attack" && c.stance == Stance::Deny),
        "{:?}",
        show(&x)
    );
}

#[test]
fn infection_wordings_and_what_is_no_infection() {
    let x = run("Two soldiers were infected with Ebola, the ministry said.");
    let c = of_class(&x, "infect");
    assert_eq!(c.len(), 1, "{:?}", show(&x));
    assert!(
        c[0].subject.id.starts_with("ENTITY.soldier@"),
        "{:?}",
        show(&x)
    );
    let y = run("A nurse in Madrid tested positive for Ebola, officials said.");
    assert_eq!(of_class(&y, "infect").len(), 1, "{:?}", show(&y));
    for text in [
        "The ministry contracted a local firm to build the dam, officials said.",
        "Anger has infected the debate in parliament, the speaker said.",
    ] {
        let z = run(text);
        assert!(of_class(&z, "infect").is_empty(), "{text}: {:?}", show(&z));
    }
}

#[test]
fn the_use_of_chlorine_for_and_against_is_one_claim() {
    let x = run(
        "Kurdish officials accused Islamic State of the use of chlorine gas against \
                 their fighters in Kobane. A Kurdish commander said Islamic State used chlorine \
                 against his men on Tuesday. The Pentagon said it had no evidence of the use of \
                 chlorine gas by Islamic State.",
    );
    let cs = of_class(&x, "use");
    assert!(cs.len() >= 3, "{:?}", show(&x));
    let key = &cs[0].key;
    for c in &cs {
        assert_eq!(&c.key, key, "one claim: {:?}", show(&x));
        assert_eq!(c.subject.id, "GROUP.ISIS");
        assert_eq!(c.object.as_deref(), Some("chemical weapons"));
    }
    let stances: Vec<Stance> = cs.iter().map(|c| c.stance).collect();
    assert!(stances.contains(&Stance::Assert), "{stances:?}");
    assert!(stances.contains(&Stance::Deny), "the Pentagon: {stances:?}");
}

#[test]
fn an_act_noun_without_a_doer_is_about_what_it_happened_to() {
    let x = run(
        "Doctors in Kobane confirmed the use of chlorine gas against Kurdish fighters \
                 on Tuesday.",
    );
    let c = of_class(&x, "use");
    assert_eq!(c.len(), 1, "{:?}", show(&x));
    assert_eq!(c[0].predicate, format!("use{PASSIVE}"));
    assert_eq!(c[0].subject.id, "ENTITY.chemical-weapons", "{:?}", show(&x));
}

#[test]
fn using_what_the_class_does_not_list_is_no_claim_of_use() {
    for text in [
        "Ukraine said Russia used Iranian drones in the attack.",
        "The minister said the army used the airport as a base.",
    ] {
        let x = run(text);
        assert!(of_class(&x, "use").is_empty(), "{text}: {:?}", show(&x));
    }
}

#[test]
fn opinions_and_demanded_acts_are_refused_on_purpose() {
    for text in [
        "The senator said Obama deserves a second term.",
        "Flynn said Trump respects the military enormously.",
        "Mukasey said Clinton exercised extreme carelessness with classified information.",
        "Cruz said Kasich was playing a spoiler in the race.",
        "In a tweet, the prince called for Trump to drop out of the race.",
        "The ministers urged Russia to withdraw its troops from the border.",
    ] {
        let x = run(text);
        // Nothing asserted, denied or hedged (a demand may stay a conditional note).
        assert!(
            x.claims
                .iter()
                .all(|c| !matches!(c.stance, Stance::Assert | Stance::Deny | Stance::Hedge)),
            "{text}: {:?}",
            show(&x)
        );
    }
}

#[test]
fn leaving_a_race_or_an_office_is_a_withdrawal_read_with_its_particle() {
    for text in [
        "Kasich dropped out of the race on Wednesday, his campaign said.",
        "The defence minister stepped down on Friday, state media reported.",
    ] {
        let x = run(text);
        assert_eq!(of_class(&x, "withdraw").len(), 1, "{text}: {:?}", show(&x));
    }
    // The verb alone, without its particle, is another verb.
    let x = run("The rebels dropped leaflets over the city, residents said.");
    assert!(of_class(&x, "withdraw").is_empty(), "{:?}", show(&x));
}

#[test]
fn an_act_noun_on_a_person_named_in_apposition_is_about_that_person() {
    let x = run("A video posted online showed the beheading of American journalist James Foley.");
    let c = of_class(&x, "execute");
    assert_eq!(c.len(), 1, "{:?}", show(&x));
    assert_eq!(c[0].subject.id, "PERSON.james-foley", "{:?}", show(&x));
    assert_eq!(c[0].predicate, format!("execute{PASSIVE}"));
}

#[test]
fn denying_reports_of_an_act_bears_on_that_act_a_bare_pointer_on_the_claim_before() {
    let x = run(
        "The Pentagon denied reports of an air strike that wounded Abu Bakr \
                 al-Baghdadi near Mosul. The ministry dismissed the reports.",
    );
    let cs = of_class(&x, "wound");
    assert_eq!(cs.len(), 2, "{:?}", show(&x));
    for c in &cs {
        assert_eq!(
            c.subject.id,
            "PERSON.abu-bakr-al-baghdadi",
            "{:?}",
            show(&x)
        );
        assert_eq!(c.stance, Stance::Deny);
    }
    assert_eq!(cs[0].key, cs[1].key);
}
