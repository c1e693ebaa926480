//! Issue 18: relays, negated cues and phrase edges misread on unseen real news (the lead's
//! reading of twenty FNC-1 bodies in session 9), each class tested on news sentences written
//! for these tests.

use dossier_core::{Sourcing, Stance, Statement};

use crate::statement_harness::statements;

fn about<'a>(st: &'a [Statement], words: &str) -> &'a Statement {
    st.iter()
        .find(|s| s.content.text.contains(words))
        .unwrap_or_else(|| panic!("no statement about {words:?}: {st:#?}"))
}

#[test]
fn a_dateline_is_no_part_of_the_content() {
    let st = statements(
        "AMMAN, March 3 (Reuters) - Government troops have retaken the northern border crossing, a monitoring group said on Tuesday.",
    );
    let s = about(&st, "retaken the northern border crossing");
    assert!(
        s.content.text.starts_with("Government troops"),
        "{:?}",
        s.content.text
    );
    let st = statements(
        "KABUL — The army has arrested two commanders of the group, provincial officials said.",
    );
    let s = about(&st, "arrested two commanders");
    assert!(
        s.content.text.starts_with("The army"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn quoted_as_saying_gives_the_quoted_speaker_and_the_relay() {
    let st = statements(
        "Twelve soldiers were killed in an attack on a checkpoint near the border, the agency quoted the interior ministry as saying.",
    );
    let s = about(&st, "Twelve soldiers were killed");
    assert!(s.speaker.name.contains("ministry"), "{s:#?}");
    assert!(!s.via.is_empty(), "{s:#?}");
    let st = statements(
        "The Times quoted relatives of the pilot, who asked not to be named, as saying he had been held in a cell for a week.",
    );
    let s = about(&st, "held in a cell");
    assert!(s.speaker.name.contains("relatives"), "{s:#?}");
    assert!(
        s.via.iter().any(|v| v.name.contains("Times")),
        "the newspaper relays: {s:#?}"
    );
}

#[test]
fn a_report_in_a_named_paper_is_that_papers() {
    let st = statements(
        "According to reports in The Sun newspaper, two of the suspects had travelled together.",
    );
    let s = about(&st, "two of the suspects");
    assert!(s.speaker.name.contains("Sun"), "{s:#?}");
    assert!(
        s.content.text.starts_with("two of the suspects"),
        "{:?}",
        s.content.text
    );
    let st = statements(
        "Police are preparing to search several homes in Leeds, according to a report in The Guardian.",
    );
    let s = about(&st, "preparing to search");
    assert!(s.speaker.name.contains("Guardian"), "{s:#?}");
    // A generic report with no publisher stays unattributed.
    let st = statements("According to media reports, the convoy was turned back at the border.");
    let s = about(&st, "the convoy was turned back");
    assert_eq!(s.sourcing, Sourcing::Unattributed, "{s:#?}");
}

#[test]
fn negated_confirmations_and_comments_leave_the_report_open() {
    let st = statements(
        "No Pentagon official has yet confirmed the report. The ministry hasn\u{2019}t commented on what the rebels were offered in the talks.",
    );
    let s = about(&st, "the report");
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    let s = about(&st, "the rebels were offered");
    assert_eq!(s.stance, Stance::NoComment, "{s:#?}");
    let st = statements(
        "No state or federal agency confirmed the congressman\u{2019}s account when asked on Tuesday.",
    );
    let s = about(&st, "account");
    assert_eq!(s.stance, Stance::Hedge, "{s:#?}");
    // A negated claim never asserts its content.
    let st = statements("The ministry has not claimed that the drones were shot down.");
    assert!(
        st.iter()
            .filter(|s| s.content.text.contains("drones"))
            .all(|s| s.stance == Stance::Hedge),
        "{st:#?}"
    );
}

#[test]
fn an_attributive_denial_word_does_not_deny() {
    let st = statements(
        "A security official said the two women were carrying false passports when they were stopped.",
    );
    let s = about(&st, "false passports");
    assert_eq!(s.stance, Stance::Assert, "{s:#?}");
    let st = statements("A ministry spokesman said the report was false and malicious.");
    let s = about(&st, "the report was false");
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
    let st = statements("The ministry told reporters that no such arrests had been made.");
    let s = about(&st, "no such arrests");
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
}

#[test]
fn a_name_inside_a_participle_phrase_is_not_the_speaker() {
    let st = statements(
        "Two former hostages held by the militants in Raqqa have said the guards spoke with London accents.",
    );
    let s = about(&st, "the guards spoke");
    assert!(s.speaker.name.contains("hostages"), "{s:#?}");
    let st = statements(
        "The group holding Mr Hassan has demanded a ransom of five million dollars, a relative said. The group holding Ahmed Hassan said he was alive.",
    );
    let s = about(&st, "he was alive");
    assert!(!s.speaker.name.contains("Hassan"), "{s:#?}");
}

#[test]
fn a_clause_with_its_own_subject_does_not_share_the_earlier_speaker() {
    let st = statements(
        "The militia has not commented on the arrests, but al-Shabaab has condemned them.",
    );
    let s = about(&st, "the arrests");
    assert_eq!(s.stance, Stance::NoComment, "{s:#?}");
    assert!(
        !st.iter()
            .any(|s| s.cue.text == "condemned" && s.speaker.name.contains("militia")),
        "{st:#?}"
    );
    // A bare coordination still shares it.
    let st =
        statements("The ministry denied the report and said the convoy had carried only food.");
    let s = about(&st, "the convoy had carried only food");
    assert!(s.speaker.name.contains("ministry"), "{s:#?}");
    // Two nouns joined as one subject speak together: the subject is no clause of its own.
    let st = statements(
        "Parents and surviving classmates have said they last saw the students near the bus \
         station.",
    );
    let s = about(&st, "they last saw the students");
    assert!(s.speaker.name.contains("Parents"), "{s:#?}");
    let st = statements(
        "A spokesman and self-proclaimed leader of the rebels confirmed to Reuters that the \
         hostages will be released on Monday.",
    );
    let s = about(&st, "the hostages will be released");
    assert!(s.speaker.name.contains("spokesman"), "{s:#?}");
}
