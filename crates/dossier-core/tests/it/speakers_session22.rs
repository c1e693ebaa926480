//! Issue 18, session 22 (lead), from a reading of unseen FNC-1 bodies: a recorded-media noun
//! (`media.tsv`) silences a speaker phrase only when it heads it. "Forensic audio expert Paul
//! Ginsberg said" was unattributed because "audio" was read as the recording speaking.
//! Realistic news sentences written for these tests.

use crate::statement_harness::{statements, with_content};

#[test]
fn a_media_noun_before_a_noun_describes_the_speaker() {
    let st = statements(
        "Audio engineer Maria Lopez studied the tape and said she heard at least eight shots \
         in two bursts.",
    );
    let said = with_content(&st, "at least eight shots");
    assert_eq!(said.speaker.id, "PERSON.maria-lopez", "{said:#?}");
    let st = statements(
        "Video analyst Tom Brennan said the footage had been edited before it was posted.",
    );
    let said = with_content(&st, "had been edited");
    assert_eq!(said.speaker.id, "PERSON.tom-brennan", "{said:#?}");
}

#[test]
fn a_recording_heading_the_phrase_still_speaks_for_no_one() {
    // Controls: the recording is the head, with or without the one who made it.
    let st = statements(
        "A video obtained by local television purportedly shows militants firing on the convoy.",
    );
    let shows = with_content(&st, "firing on the convoy");
    assert_eq!(shows.speaker.id, "UNATTRIBUTED", "{shows:#?}");
    let st = statements(
        "A video filmed by a Reuters cameraman showed soldiers moving through the square as \
         gunfire echoed.",
    );
    let showed = with_content(&st, "soldiers moving through the square");
    assert_eq!(showed.speaker.id, "UNATTRIBUTED", "{showed:#?}");
}
