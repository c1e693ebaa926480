//! Issue 18, session 12: stance and speakers on real news, as general rules. Inability to
//! verify leaves the content open ("there was nothing to confirm", "not able to substantiate");
//! a negated truth denies it ("It wasn't true, X said"); a figurative rejection of claims
//! denies their content ("shot down claims that …") while a literal "shot down a drone" is no
//! statement; a refusal to confirm declines to comment as the no-comment frame does; a subject
//! with its apposition ("Its head, NAME, said …") is never content. Realistic news
//! sentences written for these tests (new wordings, not the articles the rules came from).

use crate::statement_harness::{speaker_words, statements, with_content};
use dossier_core::Stance;

#[test]
fn inability_to_verify_hedges_what_follows() {
    let st = statements(
        "A coalition spokesman said there was nothing to confirm about the reported raid on the village of Tal Hamis. Provincial officials told reporters they were not able to substantiate the report that dozens of fighters had surrendered. The interior ministry said it had no way to independently corroborate the figures.",
    );
    for content in [
        "nothing to confirm",
        "not able to substantiate",
        "no way to independently corroborate",
    ] {
        let s = with_content(&st, content);
        assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    }
}

#[test]
fn a_refusal_to_confirm_declines_and_an_inability_hedges() {
    let st = statements(
        "Police in Leeds said they would not confirm the identity of the man arrested on Saturday. The army said it could not confirm the casualty figures given by the rebels.",
    );
    let s = with_content(&st, "would not confirm the identity");
    assert_eq!(s.stance, Stance::NoComment, "{s:#?}");
    let s = with_content(&st, "could not confirm the casualty figures");
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
}

#[test]
fn a_wish_or_a_modal_before_a_negated_truth_denies_nothing() {
    let st = statements(
        "The minister told reporters: \"I have seen the reports and I hope it isn't true.\" A diplomat in Geneva said the figure might not be true.",
    );
    for content in ["I hope it isn't true", "might not be true"] {
        let s = with_content(&st, content);
        assert_ne!(s.stance, Stance::Deny, "{s:#?}");
    }
}

#[test]
fn a_negated_truth_denies_and_a_plain_one_asserts() {
    let st = statements(
        "State television said the governor had resigned overnight. That wasn't true, a spokeswoman for the governor said on Thursday. Opposition leaders said it was true that the budget had been frozen.",
    );
    let s = with_content(&st, "That wasn't true");
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
    assert!(speaker_words(s).contains("spokeswoman"), "{s:#?}");
    let s = with_content(&st, "it was true that the budget");
    assert_eq!(s.stance, Stance::Assert, "{s:#?}");
}

#[test]
fn shooting_down_claims_denies_them_and_shooting_down_a_drone_says_nothing() {
    let st = statements(
        "The defence ministry in Ankara shot down claims that Turkish troops had entered the town of Jarablus. On Friday, Syrian air defences shot down a surveillance drone near the border.",
    );
    let s = with_content(&st, "Turkish troops had entered");
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
    assert!(
        speaker_words(s).contains("ministry"),
        "the ministry rejects the claims, it does not make them: {s:#?}"
    );
    assert!(
        !st.iter()
            .any(|s| s.content.text.contains("surveillance drone")),
        "{st:#?}"
    );
}

#[test]
fn a_subject_with_its_apposition_is_not_content() {
    let st = statements(
        "The monitoring group published the footage on Tuesday. Its director, Hannah Brennan, said the images appeared to have been filmed near Deir ez-Zor.\n\nThe foreign ministry summoned the ambassador. Its spokesman, Arkady Voronin, said the talks would continue next week.",
    );
    let s = with_content(&st, "the talks would continue");
    assert!(
        speaker_words(s).contains("Voronin") || speaker_words(s).contains("spokesman"),
        "{s:#?}"
    );
    assert!(
        !st.iter()
            .any(|s| s.content.text.starts_with("Its spokesman")
                || s.content.text.starts_with("Its director")),
        "a subject and its apposition are no content: {st:#?}"
    );
}

#[test]
fn she_after_a_just_named_woman_is_that_woman() {
    let st = statements(
        "Prime Minister Viktor Halmi spoke to reporters in Budapest on Monday. Later, his foreign minister, Eszter Varga, met the Austrian delegation. She said Hungary would not reopen the border crossing.",
    );
    let s = with_content(&st, "Hungary would not reopen");
    assert_eq!(s.speaker.id, "PERSON.eszter-varga", "{s:#?}");
}

#[test]
fn a_capitalised_stop_word_inside_a_name_is_part_of_the_speaker() {
    // "So" is a Korean family name here, not the conjunction.
    let text =
        "Seoul had reported he was ill, but So Hyon Chol, the envoy to the talks in Vienna, \
                told reporters the leader was in good health.";
    let st = statements(text);
    let s = st
        .iter()
        .find(|s| s.cue.text == "told")
        .unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(s.speaker.name, "So Hyon Chol", "{:#?}", s.speaker);
}
