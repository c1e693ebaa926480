//! Session 16: words the tagger misread — a base form conjoined to a past verb ("ran through the
//! main floor, past a stairway") is no predicate, a headline's participle ("Aid worker beheaded
//! by …") is a passive —; a writer's credit line ("reported this story in Mexico City") is no
//! statement; an injury to one's own body ("injured his right ankle") is about the injured; a
//! described person is the one the article names — a lede's "An American aid worker …" the
//! person named in the next sentences, "the woman" the one person named with that role.
//! Sentences written for these tests, each with a control.

use super::tests_lede::{of_class, run, show};

#[test]
fn a_lede_description_is_the_person_named_next() {
    let x = run(
        "An American aid worker who had been held for a year has been beheaded by Islamic State \
         militants, the group said on Sunday.\n\nPeter Kassig travelled to Syria in 2012 to help \
         refugees fleeing the war.",
    );
    let executed = of_class(&x, "execute");
    assert!(
        executed.iter().any(|c| c
            .target
            .as_ref()
            .is_some_and(|t| t.id == "PERSON.peter-kassig")
            || c.subject.id == "PERSON.peter-kassig"),
        "{:?}",
        show(&x)
    );
    // Control: the next person named has another role — the worker stays unnamed.
    let y = run(
        "An American aid worker who had been held for a year has been beheaded by Islamic State \
         militants, the group said on Sunday.\n\nPresident Barack Obama condemned the killing \
         in a statement.",
    );
    assert!(
        of_class(&y, "execute").iter().all(|c| c
            .target
            .as_ref()
            .is_none_or(|t| !t.id.contains("obama"))
            && !c.subject.id.contains("obama")),
        "{:?}",
        show(&y)
    );
    assert!(!of_class(&y, "execute").is_empty(), "{:?}", show(&y));
}

#[test]
fn a_preposition_read_as_a_conjoined_verb_is_no_predicate() {
    let x = run(
        "The Post reported that Gonzalez ran through much of the main floor, past a stairway \
         that leads up to the residence.",
    );
    assert!(
        x.claims.iter().all(|c| c.predicate != "past"),
        "{:?}",
        show(&x)
    );
    // Control: a conjoined verb with its own tense is read.
    let y = run("Police said the gunman ran through the main floor and killed two guards.");
    assert!(!of_class(&y, "kill").is_empty(), "{:?}", show(&y));
}

#[test]
fn a_writers_credit_line_is_no_statement() {
    let x = run(
        "Mexican authorities said they arrested the mayor of Iguala on Tuesday.\n\nAssociated \
         Press writer Eduardo Castillo reported this story in Mexico City.",
    );
    assert!(
        x.statements
            .iter()
            .all(|s| !s.content.text.to_lowercase().starts_with("this story")),
        "{:?}",
        x.statements
            .iter()
            .map(|s| s.content.text.clone())
            .collect::<Vec<_>>()
    );
    assert!(!of_class(&x, "detain").is_empty(), "{:?}", show(&x));
}

#[test]
fn a_headline_participle_is_a_passive() {
    let x = run(
        "Aid worker beheaded by Islamic State militants\n\nThe group released a video of the \
         killing on Sunday.",
    );
    let executed = of_class(&x, "execute");
    assert!(!executed.is_empty(), "{:?}", show(&x));
    assert!(
        executed
            .iter()
            .all(|c| c.predicate == "execute:passive" || c.subject.id == "GROUP.ISIS"),
        "the worker was beheaded, not the beheader: {:?}",
        show(&x)
    );
}

#[test]
fn an_injury_to_ones_own_body_is_about_the_injured() {
    let x = run(
        "North Korean leader Kim Jong-un injured his right ankle in June, a South Korean \
         lawmaker said on Tuesday.",
    );
    let hurt = of_class(&x, "wound");
    assert!(
        !hurt.is_empty()
            && hurt
                .iter()
                .all(|c| c.predicate == "wound:passive" && c.subject.id.contains("kim")),
        "{:?}",
        show(&x)
    );
    // Control: someone else wounded is the wounding as written.
    let other =
        run("Taliban fighters wounded two guards at the embassy in Kabul, police said on Tuesday.");
    assert!(
        of_class(&other, "wound")
            .iter()
            .any(|c| c.predicate == "wound"),
        "{:?}",
        show(&other)
    );
}

#[test]
fn a_definite_description_is_the_one_named_with_that_role() {
    let x = run(
        "The group had held American woman Kayla Mueller since 2013.\n\nOn Friday the group \
         said the woman was killed by shells dropped on the building.",
    );
    assert!(
        of_class(&x, "kill")
            .iter()
            .any(|c| c.subject.id == "PERSON.kayla-mueller"
                || c.target
                    .as_ref()
                    .is_some_and(|t| t.id == "PERSON.kayla-mueller")),
        "{:?}",
        show(&x)
    );
    // Control: two women named with that role — the description stays unresolved.
    let y = run(
        "The group had held American woman Kayla Mueller and British woman Alice Grant since \
         2013.\n\nOn Friday the group said the woman was killed by shells dropped on the \
         building.",
    );
    assert!(
        of_class(&y, "kill")
            .iter()
            .all(|c| !c.subject.id.starts_with("PERSON.")
                && c.target
                    .as_ref()
                    .is_none_or(|t| !t.id.starts_with("PERSON."))),
        "{:?}",
        show(&y)
    );
}
