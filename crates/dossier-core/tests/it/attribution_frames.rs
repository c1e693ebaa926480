//! Session 11: refusals to comment as one frame on the tree, nominal cues whose clause the
//! parser hangs on the verb, sources of nominal cues given with "by"/"from", verbs the tagger
//! takes for nouns, and showing a picture. Sentences written for these tests.

use dossier_core::Stance;

use crate::statement_harness::{speaker_words, statements};

/// The statements whose stance is no-comment, as (speaker words, cue).
fn refusals(text: &str) -> Vec<(String, String)> {
    statements(text)
        .iter()
        .filter(|s| s.stance == Stance::NoComment)
        .map(|s| (speaker_words(s).to_string(), s.cue.text.clone()))
        .collect()
}

#[test]
fn a_request_for_comment_left_unanswered_is_a_refusal_by_the_subject() {
    let text = "The shipping company did not reply to repeated requests for comment on Friday.";
    let st = statements(text);
    // "requests" is inside the frame, never a cue with "The shipping company did not reply to
    // repeated" as its speaker.
    assert!(
        st.iter().all(|s| s.cue.text != "requests"),
        "{:#?}",
        st.iter()
            .map(|s| (speaker_words(s), &s.cue.text))
            .collect::<Vec<_>>()
    );
    let r = refusals(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "The shipping company");
    assert!(r[0].1.starts_with("did not reply"), "{r:?}");
    assert!(r[0].1.ends_with("comment"), "{r:?}");
}

#[test]
fn refusals_in_other_wordings_are_the_same_frame() {
    for (text, speaker) in [
        (
            "A spokeswoman for the Interior Ministry could not be reached for comment.",
            "A spokeswoman for the Interior Ministry",
        ),
        (
            "Officials at the embassy in Nairobi declined to discuss the arrests.",
            "Officials at the embassy in Nairobi",
        ),
        (
            "The defence ministry has not responded to an emailed request for comment.",
            "The defence ministry",
        ),
        (
            "The governor's office failed to respond to several requests for comment.",
            "The governor's office",
        ),
    ] {
        let r = refusals(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, speaker, "{text}: {r:?}");
    }
}

#[test]
fn no_comment_from_a_body_names_that_body() {
    let r = refusals("There was no immediate comment from the Nigerian army.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the Nigerian army");
}

#[test]
fn failing_at_a_task_is_no_refusal_to_comment() {
    let r =
        refusals("The government failed to address the fuel shortage and refused to raise wages.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_refusal_reported_by_someone_else_is_their_statement() {
    let st =
        statements("The embassy said it had no comment on the detention of the two reporters.");
    assert!(
        st.iter()
            .any(|s| s.cue.text == "said" && speaker_words(s) == "The embassy"),
        "{:#?}",
        st.iter()
            .map(|s| (speaker_words(s), &s.cue.text))
            .collect::<Vec<_>>()
    );
    assert!(
        st.iter().all(|s| speaker_words(s) != "it"),
        "{:#?}",
        st.iter()
            .map(|s| (speaker_words(s), &s.cue.text))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_possessed_claim_whose_clause_hangs_on_the_verb_keeps_its_content() {
    let st = statements(
        "Fact-checkers examined the senator's claim that the border wall had cut crossings by half.",
    );
    let s = st
        .iter()
        .find(|s| s.cue.text == "claim")
        .unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(speaker_words(s), "the senator's");
    assert!(
        s.content
            .text
            .contains("the border wall had cut crossings by half"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn an_examined_claim_is_not_the_examiners() {
    let st =
        statements("Independent monitors examined the claim that the ceasefire had collapsed.");
    assert!(
        st.iter()
            .all(|s| !speaker_words(s).contains("monitors") || s.cue.text != "claim"),
        "{:#?}",
        st.iter()
            .map(|s| (speaker_words(s), &s.cue.text))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_nominal_cue_takes_its_source_from_from() {
    let st = statements(
        "Kyiv investigated accusations from Moscow that its forces had shelled the power plant.",
    );
    let s = st
        .iter()
        .find(|s| s.cue.text == "accusations")
        .unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(speaker_words(s), "Moscow", "{s:#?}");
    assert!(
        s.content
            .text
            .contains("its forces had shelled the power plant"),
        "{s:#?}"
    );
}

#[test]
fn showing_a_picture_is_no_statement() {
    let st = statements(
        "The father of the hostage showed a picture of the cell where his son had been held.",
    );
    assert!(
        st.iter().all(|s| s.cue.text != "showed"),
        "{:#?}",
        st.iter()
            .map(|s| (speaker_words(s), &s.cue.text))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_speech_verb_with_a_that_clause_is_read_on_the_tree() {
    let st = statements(
        "The foreign minister stressed that the talks in Doha would resume after the holiday.",
    );
    let s = st
        .iter()
        .find(|s| s.cue.text == "stressed")
        .unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(speaker_words(s), "The foreign minister");
    assert!(
        s.content
            .text
            .contains("the talks in Doha would resume after the holiday"),
        "{s:#?}"
    );
}

#[test]
fn a_place_based_body_is_not_its_state_speaking() {
    let st = statements(
        "A Seoul-based think tank said on Monday that North Korea had tested a new rocket engine.",
    );
    let s = st
        .iter()
        .find(|s| s.cue.text == "said")
        .unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(speaker_words(s), "A Seoul-based think tank");
    assert_ne!(s.speaker.id, "KOR", "{s:#?}");
}

#[test]
fn he_after_a_quote_is_the_unnamed_speaker_not_the_man_named_in_the_quote() {
    let st = statements(
        "“We will not negotiate with them,” a ministry spokesman said in Abuja. “The man arrested \
         on Friday was Musa Ibrahim, a cousin of the group's commander,” he said.",
    );
    let s = st
        .iter()
        .find(|s| s.content.text.contains("cousin of the group"))
        .unwrap_or_else(|| panic!("{st:#?}"));
    assert_eq!(speaker_words(s), "he");
    assert!(!s.speaker.id.contains("musa"), "{s:#?}");
    assert!(s.speaker.id.contains("spokesman"), "{s:#?}");
}
