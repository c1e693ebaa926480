//! Issue 18, session 25: recall on PolNeAR-shaped sentences and real-news misses. A fronted
//! adverbial is never the content of "vowed to …"; a quotation ending its own sentence ("…?")
//! keeps a cue followed by the one addressed ("Clinton said to reporters"); a role description
//! in apposition before a post-posed speaker's name ("…, his top aide, Tad Devine, said") is
//! the speaker's, and so is a name before its role ("…, Abbas Araghchi, its chief negotiator,
//! said"); "said to reporters that …" keeps the one addressed out of the content; "you see"
//! reports nothing; described people and experts keep the words naming them. Realistic news
//! sentences written for these tests.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};

#[test]
fn a_fronted_adverbial_is_not_the_content_of_an_infinitive_cue() {
    let st =
        statements("On Monday, the defence minister vowed to resign if the budget cuts passed.");
    assert!(st.iter().all(|s| s.content.text != "On Monday"), "{st:#?}");
    let st = statements("On Monday, the defence minister vowed to resign.");
    assert!(
        st.iter().all(|s| !s.content.text.contains("On Monday")),
        "{st:#?}"
    );
    if let Some(s) = find_cue(&st, "vowed") {
        assert!(s.content.text.starts_with("to resign"), "{s:#?}");
        assert_eq!(speaker_words(s), "the defence minister", "{s:#?}");
    }
    // A clause before a post-posed cue is still its content.
    let st =
        statements("The talks would resume in Geneva next week, the envoy said in an interview.");
    let s = with_content(&st, "talks would resume");
    assert_eq!(s.cue.text, "said", "{s:#?}");
}

#[test]
fn a_question_closed_before_its_cue_keeps_the_cue_with_its_addressee() {
    let st = statements(
        "\"Why would anyone negotiate with a government that shells its own cities?\" the opposition leader said to reporters in Istanbul.",
    );
    let s = with_content(&st, "negotiate with a government");
    assert_eq!(s.cue.text, "said", "{s:#?}");
    assert_eq!(speaker_words(s), "the opposition leader", "{s:#?}");

    let st = statements(
        "\"We have nothing left to give!\" the mayor of Aleppo told Al Jazeera on Sunday.",
    );
    let s = with_content(&st, "nothing left to give");
    assert_eq!(s.cue.text, "told", "{s:#?}");

    let st = statements(
        "\"Who will pay for the reconstruction?\" the finance minister wrote to the donors.",
    );
    let s = with_content(&st, "pay for the reconstruction");
    assert_eq!(s.cue.text, "wrote", "{s:#?}");

    // A cue with a clause of its own after the addressee takes that clause instead.
    let st = statements(
        "\"Is this a ceasefire?\" The general said to reporters that the shelling would continue.",
    );
    assert!(
        st.iter()
            .all(|s| !(s.cue.text == "said" && s.content.text.contains("Is this a ceasefire"))),
        "{st:#?}"
    );
}

#[test]
fn a_role_before_a_post_posed_name_belongs_to_the_speaker() {
    let st = statements(
        "The delegation remains committed to the Vienna talks, its chief negotiator, Abbas Araghchi, said.",
    );
    let s = with_content(&st, "remains committed to the Vienna talks");
    assert_eq!(
        s.content.text, "The delegation remains committed to the Vienna talks",
        "{s:#?}"
    );
    assert!(speaker_words(s).contains("Abbas Araghchi"), "{s:#?}");

    let st = statements(
        "The army will not withdraw from the border region before the elections, a senior aide, Rami Haddad, told reporters.",
    );
    let s = with_content(&st, "will not withdraw");
    assert!(!s.content.text.contains("aide"), "{s:#?}");
    assert!(speaker_words(s).contains("Rami Haddad"), "{s:#?}");
}

#[test]
fn you_see_reports_nothing() {
    let st = statements("You see, the ceasefire never reached the southern villages.");
    assert!(st.iter().all(|s| s.cue.text != "see"), "{st:#?}");
}

#[test]
fn the_one_addressed_before_that_is_not_content() {
    let st = statements(
        "The general said to reporters that the shelling of the port would continue until the rebels surrendered.",
    );
    let s = with_content(&st, "shelling of the port");
    assert!(s.content.text.starts_with("the shelling"), "{s:#?}");
    // An infinitive after the cue stays in the content.
    let st = statements("The two sides agreed to ensure that aid convoys could reach the city.");
    assert!(
        st.iter()
            .all(|s| !s.content.text.starts_with("aid convoys")),
        "{st:#?}"
    );
}

#[test]
fn a_described_person_and_experts_keep_the_words_that_name_them() {
    let st = statements("Two U.S. officials said the drone had been shot down over the Gulf.");
    let s = with_content(&st, "drone had been shot down");
    assert_eq!(speaker_words(s), "Two U.S. officials", "{s:#?}");
    let st = statements("North Korea experts said the launch was a message to Washington.");
    let s = with_content(&st, "launch was a message");
    assert_eq!(speaker_words(s), "North Korea experts", "{s:#?}");
}
