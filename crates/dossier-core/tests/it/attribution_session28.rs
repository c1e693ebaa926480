//! Issue 18, session 28: frames lost or wrong on real news. A time phrase fronted before the
//! speaker ("On Wednesday Williams said"), "According to" after a sentence that closes inside
//! a quotation, a cue negated across an adverb ("didn't explicitly say": a hedge), a caption's
//! quotations before a related-story teaser glued to the closing quotation mark, and
//! non-speakers as sources (a "Via …" credit line, "Det." cut off as a sentence).
//! Each shape has a control that keeps its reading. Realistic news sentences written for these tests.

use crate::statement_harness::{speaker_words, statements, with_content};
use dossier_core::Stance;

#[test]
fn a_fronted_time_phrase_is_no_part_of_the_speaker() {
    let st = statements("Last Tuesday Williams told reporters that the ceasefire would hold.");
    let s = with_content(&st, "ceasefire would hold");
    assert_eq!(speaker_words(s), "Williams", "{s:#?}");
    let st = statements(
        "Late on Monday the foreign ministry said the ambassador had been recalled for talks.",
    );
    let s = with_content(&st, "ambassador had been recalled");
    assert_eq!(speaker_words(s), "the foreign ministry", "{s:#?}");
    // Controls: the time phrase after the cue, and a speaker that opens with an adjective.
    let st = statements(
        "Williams said on Wednesday that the ceasefire would hold until the talks resume.",
    );
    let s = with_content(&st, "ceasefire would hold");
    assert_eq!(speaker_words(s), "Williams", "{s:#?}");
    let st = statements("Senior Pentagon officials said the strike had hit an empty depot.");
    let s = with_content(&st, "empty depot");
    assert_eq!(speaker_words(s), "Senior Pentagon officials", "{s:#?}");
}

#[test]
fn according_to_after_a_quotation_that_closes_a_sentence() {
    let text = "The envoy called the offer “a trap.” According to Reuters, the talks collapsed \
                on Friday after the delegation left Vienna.";
    let st = statements(text);
    let s = with_content(&st, "talks collapsed");
    assert_eq!(speaker_words(s), "Reuters", "{s:#?}");
    // Control: the quoted sentence keeps its own speaker and content.
    let s = with_content(&st, "the offer");
    assert_eq!(speaker_words(s), "The envoy", "{s:#?}");
    assert!(!s.content.text.contains("talks collapsed"), "{s:#?}");
    // Control: a capitalised cue word after a quotation that closes no sentence is a name.
    let st = statements("Fans of the band “Hope” Says Nothing packed the hall in Kiev on Friday.");
    assert!(
        st.iter()
            .all(|s| !s.content.text.contains("packed the hall")),
        "{st:#?}"
    );
}

#[test]
fn a_cue_negated_across_an_adverb_is_a_hedge() {
    // A negated cue asserts nothing: its content stays open (stance `hedge`), with or without
    // an adverb between the negation and the cue.
    for text in [
        "The minister didn't explicitly say that Iran had broken the nuclear agreement.",
        "The minister did not say that Iran had broken the nuclear agreement.",
    ] {
        let st = statements(text);
        let s = with_content(&st, "Iran had broken");
        assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    }
    // Control: the adverb without negation asserts.
    let st = statements("The minister explicitly said that Iran had broken the nuclear agreement.");
    let s = with_content(&st, "Iran had broken");
    assert_eq!(s.stance, Stance::Assert, "{s:#?}");
}

#[test]
fn credit_lines_and_abbreviated_titles_are_no_speakers() {
    // "Via <outlet>," credits the page the words were taken from: never the speaker.
    let text = "The singer spent a week inside the restaurant.\n\n\
                Via Yahoo News, she explains:\n\n\
                “I had not planned on staying there long, I just wanted some chicken wings.”";
    let st = statements(text);
    assert!(
        st.iter().all(|s| !speaker_words(s).starts_with("Via")),
        "{st:#?}"
    );
    // "Det." is a title, not a sentence end: the detective is the speaker.
    let st = statements(
        "“There was no sign of a struggle inside the flat,” said Det. Maria Lopez of the city \
         police.",
    );
    let s = with_content(&st, "no sign of a struggle");
    assert!(speaker_words(s).contains("Lopez"), "{s:#?}");
}

#[test]
fn a_teaser_glued_to_a_closing_quotation_keeps_the_caption_quotes() {
    let text = "The army said the strike killed two commanders.\n\
                The mother of the pilot spoke to reporters on Sunday in Amman. “He was serving \
                his country,” she said. “Please bring him home.”Pilot’s Family Appeals for His \
                ReleaseJAN. 4, 2015\n\
                The Pentagon said the strike hit a camp south of the capital.";
    let st = statements(text);
    let s = with_content(&st, "serving his country");
    assert_eq!(speaker_words(s), "she", "{s:#?}");
    // The teaser itself is furniture.
    assert!(
        st.iter().all(|s| !s.content.text.contains("Appeals")),
        "{st:#?}"
    );
    // Control: the same quotation closing a line with no teaser glued on keeps its statement.
    let text = "The mother of the pilot spoke to reporters on Sunday in Amman. “He was serving \
                his country,” she said.\n\
                The Pentagon said the strike hit a camp south of the capital.";
    let st = statements(text);
    let s = with_content(&st, "serving his country");
    assert_eq!(speaker_words(s), "she", "{s:#?}");
}
