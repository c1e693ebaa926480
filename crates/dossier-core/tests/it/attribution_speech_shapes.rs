//! Issue 18, session 26: speech shapes the patterns missed. A sentence opened by its cue
//! names the speaker after it ("Said one diplomat, “…”"); "as reported by X" sources what it
//! frames to X, as "according to X" does. Realistic news sentences written for these tests.

use crate::statement_harness::{speaker_words, statements, with_content};
use dossier_core::Mode;

#[test]
fn a_sentence_opened_by_its_cue_names_the_speaker_after_it() {
    let st = statements(
        "The talks in Geneva broke up without a date for the next round. Said one European diplomat, “Nobody in the room expected a breakthrough this week.”",
    );
    let s = with_content(&st, "Nobody in the room expected a breakthrough");
    assert_eq!(s.mode, Mode::Direct, "{s:#?}");
    assert_eq!(speaker_words(s), "one European diplomat", "{s:#?}");
}

#[test]
fn as_reported_by_sources_the_clause_to_the_outlet() {
    let st = statements(
        "As reported by Reuters, the convoy was hit by an air strike near Aleppo on Monday. The border crossing was closed for a second day, as first reported by the Associated Press.",
    );
    let s = with_content(&st, "the convoy was hit by an air strike");
    assert_eq!(s.mode, Mode::AccordingTo, "{s:#?}");
    assert_eq!(s.speaker.id, "OUTLET.REUTERS", "{s:#?}");
    let s = with_content(&st, "The border crossing was closed");
    assert_eq!(s.mode, Mode::AccordingTo, "{s:#?}");
    assert!(speaker_words(s).contains("Associated Press"), "{s:#?}");
}
