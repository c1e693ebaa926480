//! Issue 18, session 16 (lead), from a reading of unseen FNC-1 bodies: people related to an
//! actor who are not it — "Kremlin critics", "ISIS supporters", "Hamas sympathisers",
//! "Assad opponents", "Iranian dissidents" — speak for no one: the speaker is the unnamed
//! people of the phrase, never the state or group named as its modifier (before, "Kremlin
//! critics said" was Russia speaking). "Twitter accounts" are things that post: no "she" refers
//! to them. A name after the noun ("Facebook user Oliver Bruno") is the speaker as before.
//! Realistic news sentences written for these tests.

use crate::statement_harness::{speaker_words, statements, with_content};

#[test]
fn critics_and_supporters_of_an_actor_are_not_the_actor() {
    let st = statements(
        "Kremlin critics said the vote had been rigged in several regions. ISIS supporters announced on Tuesday that the group's youngest fighter had died in Syria. Hamas sympathisers claimed the strike killed nine people. Assad opponents said the army shelled the town overnight.",
    );
    for (content, words, not) in [
        ("the vote had been rigged", "Kremlin critics", "RUS"),
        ("youngest fighter had died", "ISIS supporters", "GROUP.ISIS"),
        (
            "the strike killed nine people",
            "Hamas sympathisers",
            "GROUP.HAMAS",
        ),
        (
            "the army shelled the town",
            "Assad opponents",
            "PERSON.bashar-al-assad",
        ),
    ] {
        let s = with_content(&st, content);
        assert_eq!(speaker_words(s), words, "{s:#?}");
        assert_ne!(s.speaker.id, not, "{s:#?}");
        assert!(
            !s.speaker.id.starts_with(not),
            "the modifier taken for the speaker: {s:#?}"
        );
        assert!(
            s.on_behalf_of.as_ref().is_none_or(|b| b.id != not),
            "{s:#?}"
        );
        assert_eq!(s.speaker.name, words, "{s:#?}");
    }
}

#[test]
fn a_demonym_before_dissidents_tells_where_they_are_from() {
    let st = statements("Iranian dissidents said the regime executed 20 prisoners last week.");
    let s = with_content(&st, "the regime executed 20 prisoners");
    assert_eq!(s.speaker.name, "Iranian dissidents", "{s:#?}");
    assert_ne!(s.speaker.id, "IRN", "{s:#?}");
}

#[test]
fn a_named_user_is_the_speaker_and_an_account_takes_no_pronoun() {
    let st = statements(
        "Facebook user Oliver Bruno wrote that the volunteer was safe. The @Kurdfront Twitter account, however, is not run by the militia. The poster was drawn by illustrator Jane Miller. She also confirmed she had created the piece in one night.",
    );
    let s = with_content(&st, "the volunteer was safe");
    assert_eq!(s.speaker.name, "Oliver Bruno", "{s:#?}");
    let s = with_content(&st, "she had created the piece");
    assert_eq!(s.speaker.name, "Jane Miller", "{s:#?}");
}
