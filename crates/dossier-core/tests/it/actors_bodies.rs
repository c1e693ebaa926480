//! State bodies named by a bare common noun ("the army", "the foreign ministry"): the body
//! already named in the story, else the country the story is about (its own sentence counting
//! double), never merely the state named last. Realistic news sentences written for
//! these tests (the lead's reading of unseen FNC-1 bodies, session 9: "the army" in a story
//! about a US soldier became Afghanistan's army because Afghanistan was named last).

use crate::actor_harness::*;

#[test]
fn the_army_is_the_army_named_before() {
    let d = doc(
        "The former US Army prisoner of war was held by the Taliban for five years after leaving his post in Afghanistan. The Army is investigating whether he should be charged with desertion.",
    );
    assert_eq!(d.id_at("Army is"), Some("USA.ARMY"), "{:?}", d.ids());
}

#[test]
fn with_no_army_named_the_army_belongs_to_the_state_its_sentence_names() {
    let d = doc(
        "Clashes broke out near the border with Syria on Sunday. Lebanese officials said the army had sealed the crossing at Arsal.",
    );
    assert_eq!(d.id_at("army had"), Some("LBN.ARMY"), "{:?}", d.ids());
}
