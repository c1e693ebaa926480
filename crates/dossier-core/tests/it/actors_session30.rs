//! Session 30 (issue 17): words that looked like names on real news. "The Kingdom" after a
//! story about a state is that state, not a person called Kingdom; "a US Marine" is one
//! member of a service, not a person named "US Marine", while the Marine Corps and "US
//! Marines" are the service; an epithet before a name ("Heroic Kevin Vickers") is no part of
//! it. Each with a control. Realistic news sentences written for these tests.

use crate::actor_harness::doc;

#[test]
fn the_kingdom_after_a_state_is_that_state() {
    let d = doc(
        "Saudi Arabia rejected the report on Monday. The Kingdom said it had never \
        funded the militia.",
    );
    assert_eq!(d.id_at("The Kingdom"), Some("SAU"), "{}", d.dump());
    // Control: "the Republic of Korea" is a name, not a description of the state before it.
    let d = doc(
        "Saudi Arabia rejected the report on Monday. The Republic of Korea said it \
        had asked for talks.",
    );
    assert_ne!(d.id_at("The Republic"), Some("SAU"), "{}", d.dump());
}

#[test]
fn a_us_marine_is_no_person_named_marine_but_the_corps_is_the_service() {
    let d = doc("A US Marine was wounded near Ramadi on Tuesday, the Marine Corps said.");
    assert!(
        d.ids().iter().all(|id| !id.starts_with("PERSON.")),
        "{}",
        d.dump()
    );
    assert_eq!(d.id_at("Marine Corps"), Some("USA.USMC"), "{}", d.dump());
    let d = doc("Two US Marines were wounded near Ramadi, officials said.");
    assert!(
        d.id_at("US Marines")
            .is_some_and(|id| id.starts_with("USA")),
        "{}",
        d.dump()
    );
    // Control: the French politician keeps her given name.
    let d = doc("France's Marine Le Pen said she would run for president again.");
    assert_eq!(
        d.id_at("Marine Le Pen"),
        Some("PERSON.marine-le-pen"),
        "{}",
        d.dump()
    );
}

#[test]
fn an_epithet_before_a_name_is_no_part_of_it() {
    let text = "Back in the chamber: Heroic Kevin Vickers was applauded by lawmakers on \
        Thursday. Vickers had shot the gunman the day before.";
    let d = doc(text);
    assert_eq!(
        d.mention_text("Kevin Vickers"),
        Some("Kevin Vickers"),
        "{}",
        d.dump()
    );
    assert_eq!(
        d.id_at("Vickers#2"),
        d.id_at("Kevin Vickers"),
        "{}",
        d.dump()
    );
    // Control: a capitalised word that is a name stays in it.
    let d = doc("Back in the chamber: Sergeant Kevin Vickers was applauded by lawmakers.");
    assert!(d.id_at("Kevin Vickers").is_some(), "{}", d.dump());
}
