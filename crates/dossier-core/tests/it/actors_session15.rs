//! Session 15, from a reading of unseen FNC-1 bodies: a generational numeral ("IV") is no
//! acronym and "Navy SEAL" is a title, so "Navy SEAL Charles Keating IV" is a person, not an
//! organisation; a name right before a lower-case noun of a gang, a work or a territory ("the
//! Guerreros Unidos gang", "the James Bond series", "the Tierra Caliente territory") and a run
//! holding "Comics" or "Triangle" are nobody's name. Sentences written for these tests.

use crate::actor_harness::*;

/// In each (text, word) pair, no person is found at the word.
fn assert_no_person_at(cases: &[(&str, &str)]) {
    for &(text, at) in cases {
        let d = doc(text);
        assert!(
            d.id_at(at).is_none_or(|id| !id.starts_with("PERSON.")),
            "{text}: {:?}",
            d.dump()
        );
    }
}

#[test]
fn a_generational_numeral_after_a_titled_name_is_a_person() {
    let d =
        doc("Navy SEAL Charles Keating IV was killed in a firefight near Mosul, officials said.");
    let id = d.id_at("Charles").expect("a person at 'Charles'");
    assert!(id.starts_with("PERSON."), "{id} {:?}", d.ids());
    assert!(
        d.ids().iter().all(|i| !i.starts_with("ORG.")),
        "{:?}",
        d.ids()
    );
}

#[test]
fn a_name_before_a_gang_series_or_territory_noun_is_no_person() {
    assert_no_person_at(&[
        (
            "Police officers in the town have been linked to the Pueblos Libres gang, officials said.",
            "Pueblos",
        ),
        ("The actor was cast in the Harry Palmer series last year.", "Harry"),
        (
            "Gangs burned four trucks in the cartel-controlled Sierra Baja territory on Monday.",
            "Sierra",
        ),
    ]);
}

#[test]
fn comics_and_triangle_names_are_no_person() {
    assert_no_person_at(&[
        (
            "Journalists compared the boy to Dynamo Comics character Magneto on Tuesday.",
            "Dynamo",
        ),
        (
            "The depot lies in the notorious Sunni Triangle north of Baghdad.",
            "Sunni",
        ),
    ]);
}

#[test]
fn a_person_is_still_a_person_before_a_common_noun() {
    // Control: a given name and surname before a lower-case verb stay a person.
    let d = doc("Officials said Maria Lopez reported the fire to police on Sunday.");
    assert!(
        d.id_at("Maria").is_some_and(|id| id.starts_with("PERSON.")),
        "{:?}",
        d.dump()
    );
}
