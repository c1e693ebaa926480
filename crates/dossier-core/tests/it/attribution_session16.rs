//! Issue 18, session 16 (attribution recall): listed cues that gave nothing because of the
//! shape around them. A plural noun phrase the word lists do not know as a speaker, which the
//! parse makes the cue's subject ("…, and human rights groups warned that …"); a refusal to
//! comment with its own subject inside another statement's content ("A State Department
//! official declined comment, Gertz reported."); a name introduced by "named" after a
//! description ("An analyst named X told"). Realistic news sentences written for these tests.

use crate::statement_harness::{speaker_words, statements, with_content};

#[test]
fn a_subject_the_parse_gives_speaks_after_a_coordinator() {
    let st = statements(
        "The minister insisted that the elections had been fair, and election monitors warned that thousands of ballots were missing.",
    );
    let s = with_content(&st, "thousands of ballots were missing");
    assert_eq!(speaker_words(s), "election monitors", "{s:#?}");
    assert_eq!(s.cue.text, "warned", "{s:#?}");
}

#[test]
fn a_refusal_with_its_own_subject_inside_a_report_is_kept() {
    let st = statements(
        "Militants seized three airliners in Tripoli last week. A Defense Ministry official declined comment, the newspaper reported.",
    );
    let refusal = st
        .iter()
        .find(|s| s.stance == dossier_core::Stance::NoComment)
        .unwrap_or_else(|| panic!("no refusal in {st:#?}"));
    assert!(speaker_words(refusal).contains("official"), "{refusal:#?}");
    // The report itself is still there, the refusal its content.
    let s = with_content(&st, "declined comment");
    assert_eq!(s.cue.text, "reported", "{s:#?}");
}

#[test]
fn a_pronoun_refusal_inside_a_statement_stays_its_content() {
    let st = statements("The embassy said it had no comment on the arrests.");
    assert_eq!(st.len(), 1, "{st:#?}");
}

#[test]
fn a_verb_after_a_plural_subject_is_no_naming_participle() {
    let st =
        statements("The hospital authorities examined Hassan and found that he had been tortured.");
    let s = with_content(&st, "he had been tortured");
    assert_eq!(speaker_words(s), "The hospital authorities", "{s:#?}");
}

#[test]
fn a_name_after_named_is_the_speaker() {
    let st = statements(
        "A local journalist named Omar Haddad told the agency that the checkpoint had been abandoned.",
    );
    let s = with_content(&st, "the checkpoint had been abandoned");
    assert_eq!(s.speaker.name, "Omar Haddad", "{s:#?}");
}

#[test]
fn a_rescued_subject_needs_a_content() {
    // Subjects no word list knows: "responded to a call" reports nothing;
    // "television viewers questioned the authenticity" does.
    let st = statements(
        "Police officers responded to a call of a shooting shortly after noon. On Tuesday, television viewers questioned the authenticity of the footage.",
    );
    assert!(
        st.iter()
            .all(|s| s.cue.text != "responded" && s.cue.text != "see"),
        "{st:#?}"
    );
    let s = with_content(&st, "authenticity of the footage");
    assert_eq!(speaker_words(s), "television viewers", "{s:#?}");
}

#[test]
fn characterizing_a_thing_is_a_position_on_it() {
    let st = statements(
        "The foreign ministry characterized the new sanctions as economic warfare against ordinary Iranians.",
    );
    let s = with_content(&st, "the new sanctions");
    assert_eq!(s.cue.text, "characterized", "{s:#?}");
    assert!(speaker_words(s).contains("foreign ministry"), "{s:#?}");
}
