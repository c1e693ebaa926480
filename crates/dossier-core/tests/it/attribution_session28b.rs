//! Issue 18, session 28 (round two): a time phrase opened by a preposition before the speaker
//! ("On Wednesday Williams said", "In March the court ruled") no longer hides the speaker, and
//! an activity with no actor doing it ("A search on Taobao reveals") is no speaker.
//! Each shape has a control that keeps its reading. Realistic news sentences written for these
//! tests.

use crate::statement_harness::{speaker_words, statements, with_content};

#[test]
fn a_fronted_prepositional_time_phrase_is_no_part_of_the_speaker() {
    let text = "The shelling stopped overnight. On Wednesday Williams said the talks would \
                resume in Geneva next week.";
    let st = statements(text);
    let s = with_content(&st, "talks would resume");
    assert_eq!(speaker_words(s), "Williams", "{s:#?}");
    let st =
        statements("In March the foreign ministry said the embassy in Tripoli would stay closed.");
    let s = with_content(&st, "embassy in Tripoli");
    assert_eq!(speaker_words(s), "the foreign ministry", "{s:#?}");
    let st = statements(
        "Over the weekend the Kurdish commander told reporters that the town had been retaken.",
    );
    let s = with_content(&st, "town had been retaken");
    assert_eq!(speaker_words(s), "the Kurdish commander", "{s:#?}");
    let st = statements("On March 5 the Saudi defence minister said the strikes would continue.");
    let s = with_content(&st, "strikes would continue");
    assert_eq!(speaker_words(s), "the Saudi defence minister", "{s:#?}");
    // Control: the comma after the time phrase.
    let st = statements("On Wednesday, Williams said the talks would resume in Geneva next week.");
    let s = with_content(&st, "talks would resume");
    assert_eq!(speaker_words(s), "Williams", "{s:#?}");
}

#[test]
fn an_activity_with_no_actor_doing_it_is_no_speaker() {
    let st = statements(
        "A search on Taobao reveals that dozens of sellers still offer the banned drone parts.",
    );
    assert!(
        st.iter()
            .all(|s| !s.content.text.contains("dozens of sellers")),
        "{st:#?}"
    );
    let st = statements("Enquiries found that the shipping firm had been dissolved in 2012.");
    assert!(
        st.iter().all(|s| !s.content.text.contains("shipping firm")),
        "{st:#?}"
    );
    // Control: the actor doing it is named, as a modifier noun.
    let st =
        statements("Police enquiries found that the shipping firm had been dissolved in 2012.");
    let s = with_content(&st, "shipping firm had been dissolved");
    assert_eq!(speaker_words(s), "Police enquiries", "{s:#?}");
}
