//! Session 12, on the session-11 parser: deaths only of people (a member noun is the person,
//! not the group; idioms and a quotation's "I died" are no deaths), and denials that point back
//! in words of their own ("Hunter's claim", "the suggestion that …", "the rumors of the king
//! launching …", "it" after a content that runs over the denial) bearing on the claim they
//! deny. Sentences written for these tests.

use super::tests_lede::{of_class, run, show};
use super::*;

#[test]
fn a_member_of_a_group_dies_not_the_group() {
    let x = run(
        "Islamic State released a video on Monday. The group's youngest soldier has died in \
         combat, the video said. Islamic State said its youngest fighter has died in clashes \
         with Kurdish forces near Kobane.",
    );
    let deaths = of_class(&x, "die");
    assert!(!deaths.is_empty(), "{:?}", show(&x));
    for d in &deaths {
        assert!(
            d.subject.id.starts_with("ENTITY."),
            "a person, not the group: {:?}",
            show(&x)
        );
    }
    let y = run("Abubakar Shekau has died of his wounds, the Nigerian army said on Tuesday.");
    let d = of_class(&y, "die");
    assert_eq!(d.len(), 1, "{:?}", show(&y));
    assert_eq!(d[0].subject.id, "PERSON.abubakar-shekau", "{:?}", show(&y));
}

#[test]
fn idioms_groups_and_a_speakers_own_death_are_no_deaths() {
    for text in [
        "The columnist wrote that irony is going to die forever if the senator wins.",
        "Diplomats said the peace plan died in the Security Council last week.",
        "\"I died that day when the bombs fell on the market,\" the former hostage said.",
        "Officials said Islamic State has died as a fighting force in the province.",
    ] {
        let x = run(text);
        assert!(of_class(&x, "die").is_empty(), "{text}: {:?}", show(&x));
    }
}

#[test]
fn a_possessors_claim_is_the_claim_that_possessor_made() {
    let x = run(
        "Senator Jim Walker said that Iranian drones had attacked a Saudi oil refinery on \
         Monday. The Saudi energy ministry said Houthi rebels had fired missiles at the \
         port of Jizan. The Iranian foreign ministry on Tuesday denied Walker's claim.",
    );
    let denial = x
        .claims
        .iter()
        .find(|c| c.stance == Stance::Deny)
        .unwrap_or_else(|| panic!("the ministry's denial: {:?}", show(&x)));
    assert_eq!(denial.subject.id, "IRN", "{:?}", show(&x));
    assert!(
        x.claims
            .iter()
            .any(|c| c.key == denial.key && c.stance == Stance::Assert),
        "{:?}",
        show(&x)
    );
}

#[test]
fn a_pointer_in_words_of_its_own_bears_on_the_claim_of_that_act() {
    // Unnamed people in other words, same act.
    let x = run(
        "A Texas congressman said that at least 10 Islamic State fighters have been caught \
         crossing the border from Mexico. \"The suggestion that individuals who have ties to \
         ISIL have been apprehended at the Southwest border is categorically false,\" a senior \
         Homeland Security spokesman said.",
    );
    let caught: Vec<&DocClaim> = of_class(&x, "detain");
    assert!(
        caught.iter().any(|c| c.stance == Stance::Deny)
            && caught.iter().any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&x)
    );
    let keys: Vec<&str> = caught.iter().map(|c| c.key.as_str()).collect();
    assert!(
        keys.iter().all(|k| *k == keys[0]),
        "one claim: {:?}",
        show(&x)
    );
}

#[test]
fn a_denial_inside_a_long_content_bears_on_that_content() {
    let x = run(
        "A Kurdish commander claimed on Friday that Islamic State militants had captured \
         three villages near Kirkuk, though a Peshmerga spokesman denied it. Turkish \
         officials said they had closed the border crossing at Akcakale.",
    );
    let denial = x
        .claims
        .iter()
        .find(|c| c.stance == Stance::Deny)
        .unwrap_or_else(|| panic!("the spokesman's denial: {:?}", show(&x)));
    assert_eq!(denial.predicate, "capture", "{:?}", show(&x));
}

#[test]
fn rumors_of_a_title_doing_an_act_bear_on_the_titled_persons_claim() {
    let x = run(
        "Pictures of King Abdullah's personal air attack on ISIS spread online on Wednesday. \
         A palace spokesman on Thursday denied the rumors of the king personally launching \
         airstrikes on ISIS targets.",
    );
    let attacks = of_class(&x, "attack");
    let denial = attacks
        .iter()
        .find(|c| c.stance == Stance::Deny)
        .unwrap_or_else(|| panic!("the spokesman's denial: {:?}", show(&x)));
    assert_eq!(denial.subject.id, "PERSON.abdullah", "{:?}", show(&x));
    assert!(
        attacks
            .iter()
            .any(|c| c.key == denial.key && c.stance != Stance::Deny),
        "{:?}",
        show(&x)
    );
}
