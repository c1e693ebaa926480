//! Session 24: hedged reports with no speaker, videos that purport to show, states of persons
//! (signs of a disease, a coma, taken to hospital). Sentences written for these tests, each
//! with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::Stance;

#[test]
fn an_attack_a_force_is_said_to_be_preparing_is_an_intended_hedged_attack() {
    let x = run("The Syrian army is said to be preparing an attack on Aleppo.");
    let c = of_class(&x, "attack");
    let c = c
        .iter()
        .find(|c| c.subject.id == "SYR")
        .unwrap_or_else(|| panic!("no attack by the army: {:?}", show(&x)));
    assert_eq!(c.modality.as_deref(), Some("intended"), "{:?}", show(&x));
    assert_eq!(c.stance, Stance::Hedge, "{:?}", show(&x));
    // Control: preparing a report is no attack.
    let y = run("The Syrian army is said to be preparing a report on Aleppo.");
    assert!(of_class(&y, "attack").is_empty(), "{:?}", show(&y));
}

#[test]
fn what_a_video_purports_to_show_is_hedged() {
    let x = run("A video purports to show Russian soldiers firing on Ukrainian positions.");
    let c = of_class(&x, "attack");
    assert!(!c.is_empty(), "{:?}", show(&x));
    assert!(
        c.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
    // Control: a video that shows it reports it.
    let y = run("A video shows Russian soldiers firing on Ukrainian positions.");
    assert!(
        of_class(&y, "attack")
            .iter()
            .any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}

#[test]
fn fighters_showing_signs_of_a_disease_are_possibly_infected() {
    let x = run(
        "Several Islamic State fighters have shown signs of Ebola, a Syrian newspaper reported.",
    );
    let c = of_class(&x, "infect");
    let c = c
        .iter()
        .find(|c| c.subject.id == "GROUP.ISIS")
        .unwrap_or_else(|| panic!("no infection of IS: {:?}", show(&x)));
    assert_eq!(c.object.as_deref(), Some("ebola"), "{:?}", show(&x));
    assert_eq!(c.modality.as_deref(), Some("possible"), "{:?}", show(&x));
    assert_eq!(
        c.stance,
        Stance::Hedge,
        "signs are no diagnosis: {:?}",
        show(&x)
    );
    // Control: signs of fatigue are no disease of the list.
    let y = run(
        "Several Islamic State fighters have shown signs of fatigue, a Syrian newspaper reported.",
    );
    assert!(of_class(&y, "infect").is_empty(), "{:?}", show(&y));
}

#[test]
fn a_person_remaining_in_a_coma_is_in_a_coma() {
    let x = run("The former prime minister remains in a coma at a hospital near Tel Aviv.");
    assert!(
        x.claims
            .iter()
            .any(|c| c.predicate == "be in" && c.object.as_deref() == Some("coma")),
        "{:?}",
        show(&x)
    );
    // Control: the police finding someone in hiding state nothing of the police.
    let y = run("Police found the suspect's brother in hiding near the border.");
    assert!(
        !y.claims
            .iter()
            .any(|c| c.predicate == "be in" && c.subject.name.contains("Police")),
        "{:?}",
        show(&y)
    );
}

#[test]
fn a_person_rushed_to_hospital_was_hospitalised() {
    let x = run("Syrian President Bashar al-Assad has been rushed to hospital, state media said.");
    let c = of_class(&x, "hospitalise");
    assert!(
        c.iter().any(|c| c.subject.name.contains("Assad")),
        "{:?}",
        show(&x)
    );
    // Taken by others: the one taken (the pronoun resolved to the commander), not who took him.
    let z = run(
        "Rebel commander Abu Omar was shot in the leg on Monday. His guards took him to a \
                 hospital in Idlib.",
    );
    let c = of_class(&z, "hospitalise");
    assert!(
        c.iter().any(|c| c.subject.id == "PERSON.abu-omar"),
        "{:?}",
        show(&z)
    );
    // Control: a minister flying to a city is taken nowhere.
    let y = run("The foreign minister flew to Geneva on Monday for the talks.");
    assert!(of_class(&y, "hospitalise").is_empty(), "{:?}", show(&y));
}
