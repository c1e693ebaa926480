//! Actor errors the lead found reading unseen FNC-1 train bodies (session 13): a group's
//! one-word name that is a person's surname after a given name ("Susan Wagner High School"
//! read as the Wagner Group), a title word that modifies the noun after it ("the chief
//! targets") and a title whose "of" names a thing, not a body ("the head of a lion statue").
//! Sentences written for these tests, in wordings of our own.

use crate::actor_harness::*;

#[test]
fn a_group_name_after_a_given_name_is_a_surname() {
    let d = doc(
        "Her son attends Susan Wagner High School on Staten Island, where classes resumed on Monday.",
    );
    assert_ne!(d.id_at("Wagner"), Some("GROUP.WAGNER"), "{}", d.dump());
    assert!(!d.ids().contains(&"GROUP.WAGNER"), "{}", d.dump());
    let d = doc("The orchestra played Richard Wagner at the festival in Bayreuth on Sunday.");
    assert!(!d.ids().contains(&"GROUP.WAGNER"), "{}", d.dump());
    assert_eq!(
        d.mention_text("Richard"),
        Some("Richard Wagner"),
        "{}",
        d.dump()
    );
    // The group itself, named alone, is still the group.
    let d =
        doc("Wagner fighters withdrew from the town after the mutiny, a Russian official said.");
    assert_eq!(d.id_at("Wagner"), Some("GROUP.WAGNER"), "{}", d.dump());
}

#[test]
fn a_title_word_before_a_noun_or_before_of_a_thing_is_no_person() {
    let d = doc(
        "Critics say the policy pits the police against minorities, who end up being the chief targets of the crackdown.",
    );
    assert_eq!(d.id_at("the chief"), None, "{}", d.dump());
    let d = doc(
        "A small copper box was taken on Thursday from the head of a lion statue on the old courthouse.",
    );
    assert_eq!(d.id_at("the head"), None, "{}", d.dump());
    // A head of a body is a person.
    let d = doc("The head of the institute said the samples would be tested in Geneva next week.");
    assert!(d.id_at("The head").is_some(), "{}", d.dump());
    let d = doc("The chief of police said two officers were injured in the clashes.");
    assert!(d.id_at("The chief").is_some(), "{}", d.dump());
}

#[test]
fn occupational_titles_of_a_thing_and_description_before_a_saying_verb_stay_people() {
    // "pilot", "director", "leader" of a thing are people; only "head" can be a body part.
    let d = doc(
        "The jets flew over the parliament to honour the pilot of another fighter jet that crashed last week.",
    );
    assert!(d.id_at("the pilot").is_some(), "{}", d.dump());
    let d = doc("Former hostages described the man as the leader of the trio of British jailers.");
    assert!(d.id_at("the leader").is_some(), "{}", d.dump());
    let d = doc("He has been the head of security at the parliament since 2005, officials said.");
    assert!(d.id_at("the head").is_some(), "{}", d.dump());
    // A description right before a saying verb is the speaker, even if the verb reads as a noun.
    let d = doc(
        "An Australian man claims he had a spider removed from under his skin after a holiday.",
    );
    assert!(d.id_at("An Australian man").is_some(), "{}", d.dump());
}

#[test]
fn the_head_of_a_body_named_by_its_possessor_is_a_person() {
    let d = doc(
        "A ceasefire has been agreed, said the head of Nigeria's military, Air Chief Marshal Alex Badeh.",
    );
    assert!(d.id_at("the head").is_some(), "{}", d.dump());
}
