//! Issue 18, session 20 (attrib), from readings of FNC-1 train bodies: a participle keeps the
//! speaker of the clause it hangs on when a reduced relative before it is refuted ("confirmed
//! his death in a statement posted on a page, saying …"); an act is no statement ("charged
//! into the embassy", "police questioned him", "Moscow decided three things"); "the statement
//! reads" reports. Realistic news sentences written for these tests.

use crate::statement_harness::{find_cue, speaker_words, statements, with_content, with_cue};

#[test]
fn a_participle_after_a_reduced_relative_keeps_the_clause_speaker() {
    let st = statements(
        "Separately, the senator's family confirmed his death in a statement posted on a Facebook page, saying they were proud of his service.",
    );
    let s = with_content(&st, "they were proud of his service");
    assert!(
        speaker_words(s).contains("family") || s.speaker.name.contains("family"),
        "{s:#?}"
    );
    assert!(!s.speaker.name.contains("death"), "{s:#?}");
}

#[test]
fn charging_into_a_place_is_no_accusation() {
    let st = statements(
        "The gunman who charged into the embassy compound was shot dead by guards on Tuesday.",
    );
    assert!(find_cue(&st, "charged").is_none(), "{st:#?}");
}

#[test]
fn charging_that_something_happened_stays_a_statement() {
    let st = statements(
        "The opposition leader charged that the election commission had rigged the vote.",
    );
    let s = with_content(&st, "had rigged the vote");
    assert!(s.speaker.name.contains("opposition leader"), "{s:#?}");
}

#[test]
fn questioning_a_person_is_an_interrogation() {
    let st = statements(
        "The newspaper reported that counterterrorism police questioned him at Heathrow airport in 2011.",
    );
    assert!(find_cue(&st, "questioned").is_none(), "{st:#?}");
}

#[test]
fn questioning_a_claim_stays_a_statement() {
    let st = statements("Independent analysts questioned the authenticity of the video.");
    let s = with_cue(&st, "questioned");
    assert!(s.content.text.contains("authenticity"), "{s:#?}");
}

#[test]
fn deciding_or_planning_a_thing_is_an_act() {
    let st = statements(
        "After the emergency meeting, the Kremlin decided three things. His sister plans her brother's foreign trips and public appearances.",
    );
    assert!(find_cue(&st, "decided").is_none(), "{st:#?}");
    assert!(find_cue(&st, "plans").is_none(), "{st:#?}");
}

#[test]
fn a_statement_that_reads_reports_its_quotation() {
    let st = statements(
        "\"We ask everyone to respect the privacy of the family at this difficult time,\" the statement reads.",
    );
    let s = with_content(&st, "respect the privacy of the family");
    assert_eq!(s.cue.text, "reads", "{s:#?}");
}

#[test]
fn reading_a_document_is_no_statement() {
    let st = statements(
        "The hostage, kneeling in the sand, reads a prepared statement before the camera.",
    );
    assert!(find_cue(&st, "reads").is_none(), "{st:#?}");
}

#[test]
fn reading_without_a_quotation_reports_nothing() {
    let st = statements(
        "I read your latest book on a long flight last month. We read online that the ceasefire had collapsed.",
    );
    assert!(find_cue(&st, "read").is_none(), "{st:#?}");
}
