//! Issue 18, session 30: an according-to text with a participle of issuing is its publisher's
//! ("according to a transcript released by …"); a noun before a verb is no cue ("the tax plans
//! would …"); a share of the polled speaks for them ("43 percent of Democrats said …"). Each
//! shape has a control that keeps its reading. Realistic news sentences written for these
//! tests.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content};

#[test]
fn a_text_released_by_someone_is_theirs() {
    let st = statements(
        "The gunmen filmed the execution near Raqqa, according to a transcript released by \
         the SITE Intelligence Group.",
    );
    let s = with_content(&st, "The gunmen filmed the execution");
    assert_eq!(speaker_words(s), "the SITE Intelligence Group", "{s:#?}");
    let st = statements(
        "The cargo plane crashed short of the runway, according to reports published by the \
         state news agency IRNA on Sunday.",
    );
    let s = with_content(&st, "The cargo plane crashed");
    assert!(speaker_words(s).ends_with("IRNA"), "{s:#?}");
    // Control: a report "by" its author keeps reading as before.
    let st = statements("The shelling killed nine civilians, according to a report by Reuters.");
    let s = with_content(&st, "The shelling killed nine civilians");
    assert_eq!(s.speaker.id, "OUTLET.REUTERS", "{s:#?}");
    assert_eq!(speaker_words(s), "a report by Reuters", "{s:#?}");
}

#[test]
fn an_issued_text_without_its_publisher_stays_the_source() {
    let st = statements(
        "The fireball was seen across three provinces, according to a ministry statement \
         released late on Saturday.",
    );
    let s = with_content(&st, "The fireball was seen across three provinces");
    assert_eq!(speaker_words(s), "a ministry statement", "{s:#?}");
    assert!(!s.content.text.contains("released"), "{s:#?}");
}

#[test]
fn a_fronted_issued_text_gives_its_publisher_and_the_words_after_the_comma() {
    let st = statements(
        "According to a statement released by his family on Friday, the aid worker had been \
         held in Idlib since 2013.",
    );
    let s = with_content(&st, "the aid worker had been held");
    assert_eq!(speaker_words(s), "his family", "{s:#?}");
    assert!(s.content.text.starts_with("the aid worker"), "{s:#?}");
}

#[test]
fn a_noun_before_a_verb_is_no_cue() {
    let st = statements(
        "The government's tax plans would add billions to the deficit, economists warned.",
    );
    assert!(find_cue(&st, "plans").is_none(), "{st:#?}");
    let st = statements("Our immigration plans aren't set in stone, the senator said on Tuesday.");
    assert!(find_cue(&st, "plans").is_none(), "{st:#?}");
    // Control: the verb with its infinitive is an intention.
    let st = statements("The governor plans to sign the budget bill on Friday.");
    let s = with_content(&st, "to sign the budget bill");
    assert_eq!(speaker_words(s), "The governor", "{s:#?}");
}

#[test]
fn a_share_of_the_polled_speaks_for_them() {
    let st = statements("In Ohio, 43 percent of Democrats said the governor should resign.");
    let s = with_content(&st, "the governor should resign");
    assert_eq!(speaker_words(s), "43 percent of Democrats", "{s:#?}");
    let st =
        statements("In the new poll, six in 10 respondents said the economy was getting worse.");
    let s = with_content(&st, "the economy was getting worse");
    assert!(speaker_words(s).contains("six in 10"), "{s:#?}");
    // Control: a number that counts no one is no speaker.
    let st = statements("Prices rose 4 percent in March, the statistics office said.");
    let s = with_content(&st, "Prices rose 4 percent in March");
    assert_eq!(speaker_words(s), "the statistics office", "{s:#?}");
}
