//! Trailing -ing forms of speech verbs ("…, emphasizing that …") are cues like "…, adding that
//! …"; naming and phoning uses of "call" ("calls itself", "called in to a radio show") and
//! "responded with artillery" are not speech. Sentences written for these tests.

use crate::statement_harness::{find_cue, speaker_words, statements, with_cue};

#[test]
fn a_trailing_speech_participle_carries_the_content() {
    let st = statements(
        "The prime minister praised the deal, asserting that it would bring lasting peace to the region.",
    );
    assert_eq!(with_cue(&st, "praised").content.text, "the deal");
    let s = with_cue(&st, "asserting");
    assert_eq!(speaker_words(s), "The prime minister");
    assert_eq!(s.content.text, "it would bring lasting peace to the region");

    let st = statements(
        "The United Nations envoy criticized the blockade on Monday, complaining that aid convoys had been stopped at the border for weeks.",
    );
    // The time phrase dates the criticism; the content is what was criticized (session 15).
    assert_eq!(with_cue(&st, "criticized").content.text, "the blockade");
    let s = with_cue(&st, "complaining");
    assert_eq!(speaker_words(s), "The United Nations envoy");
    assert_eq!(
        s.content.text,
        "aid convoys had been stopped at the border for weeks"
    );
}

#[test]
fn naming_and_phoning_uses_of_call_are_not_speech() {
    let st =
        statements("The group, which calls itself the Islamic State, has released a new video.");
    assert!(find_cue(&st, "calls").is_none(), "{st:?}");

    let st =
        statements("The senator called in to a local radio program on Friday to defend her vote.");
    assert!(find_cue(&st, "called").is_none(), "{st:?}");

    let st = statements(
        "The governor called up 500 National Guard troops after the protests turned violent.",
    );
    assert!(find_cue(&st, "called").is_none(), "{st:?}");

    // Speech "call" still reads.
    let st = statements("The prime minister called the attack a cowardly act of terror.");
    assert!(find_cue(&st, "called").is_some(), "{st:?}");
}

#[test]
fn responding_with_force_is_not_speech() {
    let st = statements(
        "Government troops shelled the town overnight, and the militiamen responded with artillery fire.",
    );
    assert!(find_cue(&st, "responded").is_none(), "{st:?}");
    let st = statements(
        "The ministry responded that the allegations were baseless and politically motivated.",
    );
    assert!(find_cue(&st, "responded").is_some(), "{st:?}");
}

#[test]
fn a_show_after_a_broadcast_noun_is_no_cue() {
    let st = statements(
        "A friend of the officer called in to a St. Louis radio show with what she said was his account of events.",
    );
    assert!(find_cue(&st, "show").is_none(), "{st:?}");
}
