//! Session 24, read on FNC-1 train bodies: shooting (wounds; "shot dead", "gunned down" kill),
//! the death of someone named in an "of" phrase, and a question the article asks. Sentences
//! written for these tests, each with a control.

use super::tests_lede::{of_class, run, show};
use crate::model::Stance;

#[test]
fn a_person_shot_was_wounded_and_one_shot_dead_was_killed() {
    let x = run("A Canadian soldier has been shot at the war memorial in the capital.");
    assert!(
        of_class(&x, "wound")
            .iter()
            .any(|c| c.subject.id.contains("soldier")),
        "{:?}",
        show(&x)
    );
    let y = run("Police said a Canadian soldier was shot dead near the parliament on Wednesday.");
    assert!(
        of_class(&y, "kill")
            .iter()
            .any(|c| c.subject.id.contains("soldier")),
        "{:?}",
        show(&y)
    );
    assert!(of_class(&y, "wound").is_empty(), "{:?}", show(&y));
    // Control: a helicopter shot down is intercepted, not wounded.
    let z = run("Officials said the rebels shot down a government helicopter on Monday.");
    assert!(of_class(&z, "wound").is_empty(), "{:?}", show(&z));
}

#[test]
fn the_death_of_someone_confirmed_is_their_death() {
    let x = run(
        "The Pentagon on Friday confirmed the death of Ahmed Omar Dirie, the militia's \
         leader, in an airstrike on Monday.",
    );
    assert!(
        of_class(&x, "die")
            .iter()
            .any(|c| c.subject.name.contains("Dirie")),
        "{:?}",
        show(&x)
    );
    // Control: the death of a plan is no one's death.
    let y = run("Diplomats confirmed the death of the peace plan after the talks stalled.");
    assert!(of_class(&y, "die").is_empty(), "{:?}", show(&y));
}

#[test]
fn a_question_the_article_asks_asserts_nothing() {
    let x = run("Is the former Cuban leader Fidel Castro dead? The rumours spread quickly online.");
    assert!(
        x.claims
            .iter()
            .all(|c| c.predicate != "be" && c.predicate != "die"),
        "{:?}",
        show(&x)
    );
    // Control: the same words as a statement are a proposition.
    let y = run("The former Cuban leader Fidel Castro has died, state television said.");
    assert!(!of_class(&y, "die").is_empty(), "{:?}", show(&y));
}

#[test]
fn shooting_a_film_or_for_a_date_wounds_no_one() {
    for text in [
        "The studio said the actor would shoot the film in Budapest next spring.",
        "The company is still shooting for a launch in February, analysts said.",
    ] {
        let x = run(text);
        assert!(of_class(&x, "wound").is_empty(), "{text}: {:?}", show(&x));
    }
    // Control: shooting a person wounds them.
    let y = run("Witnesses said Michael Zehaf-Bibeau shot a soldier before fleeing.");
    assert!(!of_class(&y, "wound").is_empty(), "{:?}", show(&y));
}

#[test]
fn rumours_of_a_death_are_relayed_not_asserted() {
    let x = run(
        "Rumours of the death of the militant commander Abu Omar al-Shishani spread on \
         social media on Sunday.",
    );
    let deaths = of_class(&x, "die");
    assert!(!deaths.is_empty(), "{:?}", show(&x));
    assert!(
        deaths.iter().all(|c| c.stance == Stance::Hedge),
        "{:?}",
        show(&x)
    );
    // Control: the death itself, told in the article's voice, is asserted.
    let y = run("The militant commander Abu Omar al-Shishani died in hospital on Sunday.");
    assert!(
        of_class(&y, "die")
            .iter()
            .any(|c| c.stance == Stance::Assert),
        "{:?}",
        show(&y)
    );
}
