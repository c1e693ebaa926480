//! Places (`data/lexicon/places.tsv`, the gazetteer) and local bodies: an unknown capitalised
//! run that is a place is no person, and unnamed police take a state only from their own phrase
//! or the dateline. Realistic news sentences written for these tests.

use crate::actor_harness::*;
use dossier_core::model::ActorKind;

fn persons(d: &Doc) -> Vec<&str> {
    d.layer
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::Person)
        .map(|a| a.id.as_str())
        .collect()
}

#[test]
fn places_and_products_named_after_them_are_no_people() {
    let d = doc("Floods in Madhya Pradesh have displaced thousands of families, state officials said on Tuesday.");
    assert!(
        !persons(&d).iter().any(|p| p.contains("madhya")),
        "{:?}",
        d.ids()
    );
    let d = doc("The suspect fled in a silver Toyota Corolla that was later found abandoned near the border.");
    assert!(
        !persons(&d).iter().any(|p| p.contains("toyota")),
        "{:?}",
        d.ids()
    );
    let d = doc(
        "Volunteers at the Ottawa Mission served meals to more than 300 people on Christmas Eve.",
    );
    assert!(
        !persons(&d).iter().any(|p| p.contains("mission")),
        "{:?}",
        d.ids()
    );
    // A person whose name opens with a given name is still a person, whatever the gazetteer.
    let d = doc("Jackson Ridley, a local shopkeeper, said the blast shattered his windows.");
    assert!(
        persons(&d).contains(&"PERSON.jackson-ridley"),
        "{:?}",
        d.ids()
    );
}

#[test]
fn unnamed_police_take_a_state_from_their_own_phrase_only() {
    // Syria is named earlier; the police of an Ottawa story are not Syria's.
    let d = doc("The gunman had reportedly planned to travel to Syria. Police said he acted alone and that no other suspects were being sought.");
    assert_ne!(d.id_at("Police"), Some("SYR.POLICE"), "{}", d.dump());
    assert_eq!(d.id_at("Police"), Some("ORG.police"), "{}", d.dump());

    // A place after "in" names the state: Ottawa is Canada's capital, Toronto a Canadian city.
    let d = doc("Syria has denied any role. Police in Ottawa said the gunman acted alone.");
    assert_eq!(d.id_at("Police"), Some("CAN.POLICE"), "{}", d.dump());
    let d =
        doc("The suspect had visited Syria twice. Police in Toronto said he was known to them.");
    assert_eq!(d.id_at("Police"), Some("CAN.POLICE"), "{}", d.dump());

    // A state before the noun still composes as before.
    let d = doc("Iraqi police said three people were killed in the blast.");
    assert_eq!(d.id_at("Iraqi"), Some("IRQ.POLICE"), "{}", d.dump());

    // The dateline gives the story's own place.
    let d = doc("OTTAWA — A soldier was shot at the war memorial on Wednesday. The attacker had once tried to reach Syria. The police said the attacker was killed inside Parliament.");
    assert_eq!(d.id_at("police"), Some("CAN.POLICE"), "{}", d.dump());
}

#[test]
fn police_take_the_one_country_where_the_story_happens() {
    // The story happens in one country: its police.
    let d = doc("A car bomb exploded near a market in Karachi on Friday. Police said at least six people were killed.");
    assert_eq!(d.id_at("Police"), Some("PAK.POLICE"), "{}", d.dump());
    // Two countries where things happen: no guess.
    let d = doc("Fighters crossed from Syria into Iraq overnight. Clashes were reported in Mosul and in Aleppo. Police said the border was closed.");
    assert_eq!(d.id_at("Police"), Some("ORG.police"), "{}", d.dump());
}
