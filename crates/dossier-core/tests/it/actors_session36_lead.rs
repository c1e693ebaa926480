//! Session 36, lead (issue 18: pronouns resolved only with agreement): "they" is never a state
//! named by a demonym on places or things ("bombing American cities", fnc-1185), nor an outlet
//! whose name ends in "News" (fnc-871: "Fox News … they"). Each with a control.

use crate::claims_session35::{of_class, run, show};

#[test]
fn they_is_no_state_named_on_cities_nor_an_outlet() {
    // fnc-1185 (shortened).
    let x = run(
        "Hunter told Fox News that Border Patrol agents have captured Islamic State militants. \
         “ISIS is coming across the southern border,” said Hunter. “They aren’t flying B-1 \
         Bombers bombing American cities, but they are going to be bombing American cities \
         coming across from Mexico.”",
    );
    let attacks = of_class(&x, "attack");
    assert!(
        attacks
            .iter()
            .all(|c| c.subject.id != "USA" && !c.subject.id.starts_with("OUTLET.")),
        "{:#?}",
        show(&x)
    );
}

#[test]
fn they_is_still_the_people_a_demonym_names() {
    // Control: a demonym on a plural noun of people stays an antecedent of "they".
    let x = run(
        "Iranian officials met in Vienna on Monday. They later attacked the Kurdish positions \
         near the border.",
    );
    let attacks = of_class(&x, "attack");
    assert!(
        attacks.iter().any(|c| c.subject.id.starts_with("IRN")),
        "{:#?}",
        show(&x)
    );
}
