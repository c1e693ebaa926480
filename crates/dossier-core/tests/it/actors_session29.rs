//! Session 29 (issues 17, 18): possessive pronouns are mentions of who they stand for, so that
//! "reports of his death" is a proposition about him, while "his spokesman" stays the
//! spokesman; and an unknown name under an indefinite article ("a gold Bugatti Veyron") is a
//! thing, not a person. Each with a control. Realistic news sentences written for these tests.

use crate::actor_harness::extracted;

const MOSUL: &str = "Abu Bakr al-Baghdadi, the leader of the Islamic State, was seen in Mosul \
    last week, according to residents.";

#[test]
fn reports_of_his_death_are_about_the_man_his_stands_for() {
    let text = format!("{MOSUL} Iraqi officials denied reports of his death.");
    let x = extracted(&text);
    let death = x
        .claims
        .iter()
        .find(|c| c.predicate.starts_with("die"))
        .unwrap_or_else(|| panic!("the death is a claim: {:#?}", x.claims));
    assert_eq!(
        death.subject.id, "PERSON.abu-bakr-al-baghdadi",
        "{:#?}",
        x.claims
    );
    assert_eq!(death.stance, dossier_core::model::Stance::Deny);
    // Control: with no man named before it, "his" stands for no one and there is no claim.
    let x = extracted("Iraqi officials denied reports of his death.");
    assert!(
        !x.claims.iter().any(|c| c.predicate.starts_with("die")),
        "{:#?}",
        x.claims
    );
}

#[test]
fn his_spokesman_speaks_for_him_and_his_statement_is_his() {
    let text = "Senator Mark Ellison visited the border crossing at Nogales on Friday. His \
        spokesman said the visit had been planned for months. In his statement, Ellison said \
        the crossing needed more inspectors.";
    let x = extracted(text);
    let visit = x
        .statements
        .iter()
        .find(|s| text[s.content.start..].starts_with("the visit had been planned"))
        .unwrap_or_else(|| panic!("{:#?}", x.statements));
    assert_ne!(visit.speaker.id, "PERSON.mark-ellison", "{:#?}", visit);
    assert_eq!(
        visit.on_behalf_of.as_ref().map(|b| b.id.as_str()),
        Some("PERSON.mark-ellison"),
        "{:#?}",
        visit
    );
    // Control: the name itself speaking is him.
    let inspectors = x
        .statements
        .iter()
        .find(|s| text[s.content.start..].starts_with("the crossing needed"))
        .unwrap_or_else(|| panic!("{:#?}", x.statements));
    assert_eq!(inspectors.speaker.id, "PERSON.mark-ellison");
}

#[test]
fn a_name_under_an_indefinite_article_is_a_thing() {
    let text = "A photo of a gold Bugatti Veyron sprayed with graffiti was shared widely on \
        Sunday. The owner of the 'vandalised' Bugatti Veyron later said it was a stunt. \
        Jeremy Holden, who runs a prank channel, said the paint washed off.";
    let x = extracted(text);
    assert!(
        !x.actors.iter().any(|a| a.name.contains("Veyron")),
        "{:#?}",
        x.actors
    );
    // Control: a person's name in the same text is still a person.
    assert!(
        x.actors.iter().any(|a| a.id == "PERSON.jeremy-holden"),
        "{:#?}",
        x.actors
    );
}

#[test]
fn his_aides_are_not_him_as_the_target_of_an_act() {
    let text = format!("{MOSUL} U.S. air strikes killed one of his top aides on Sunday.");
    let x = extracted(&text);
    assert!(
        !x.events.iter().any(|e| e
            .target
            .as_ref()
            .is_some_and(|t| t.id == "PERSON.abu-bakr-al-baghdadi")),
        "{:#?}",
        x.events
    );
    // Control: "him" himself is the target.
    let text = format!("{MOSUL} U.S. air strikes wounded him on Sunday, Iraqi officials said.");
    let x = extracted(&text);
    assert!(
        x.events.iter().any(|e| e
            .target
            .as_ref()
            .is_some_and(|t| t.id == "PERSON.abu-bakr-al-baghdadi")),
        "{:#?}",
        x.events
    );
}
