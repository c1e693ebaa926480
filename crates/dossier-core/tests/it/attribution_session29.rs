//! Issue 18, session 29: a refusal to act is an intention ("refused to resign …"), an
//! infinitive after an intention cue is its content even after a fronted clause ("As …, Germany
//! pledged to …"), "found" is no cue before a "by" agent ("the bodies found by …").
//! Each shape has a control that keeps its reading. Realistic news sentences written for these
//! tests.

use crate::statement_harness::{find_cue, speaker_words, statements, with_cue};
use dossier_core::Stance;

#[test]
fn a_refusal_to_act_is_an_intention_of_its_subject() {
    let st = statements("The prime minister refused to resign after the vote in parliament.");
    let s = with_cue(&st, "refused");
    assert_eq!(speaker_words(s), "The prime minister", "{s:#?}");
    assert!(
        s.content.text.starts_with("to resign after the vote"),
        "{s:#?}"
    );
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
    // Control: an attempt is an act, not an attitude.
    let st = statements("The convoy tried to cross the border at dawn on Tuesday.");
    assert!(find_cue(&st, "tried").is_none(), "{st:#?}");
}

#[test]
fn an_infinitive_after_the_cue_is_content_even_after_a_fronted_clause() {
    let st = statements(
        "As the sanctions began to bite, Germany pledged to double its military aid to Kyiv.",
    );
    let s = with_cue(&st, "pledged");
    assert!(
        s.content.text.starts_with("to double its military aid"),
        "{s:#?}"
    );
    // Control: "to" before a noun is an adverbial; the cue is post-posed.
    let st = statements("The ceasefire will hold until Friday, the envoy said to reporters.");
    let s = with_cue(&st, "said");
    assert_eq!(
        s.content.text, "The ceasefire will hold until Friday",
        "{s:#?}"
    );
}

#[test]
fn found_by_someone_reports_nothing() {
    let st = statements("The bodies found by the border patrol had been burned.");
    assert!(find_cue(&st, "found").is_none(), "{st:#?}");
    // Control: an inquiry that found a clause reports it.
    let st = statements("An inquiry by the ministry found that the guards had fired first.");
    let s = with_cue(&st, "found");
    assert!(
        s.content.text.contains("the guards had fired first"),
        "{s:#?}"
    );
}

#[test]
fn said_to_be_in_a_reduced_passive_is_no_ones_words() {
    // "said to be" on a noun is a reduced passive: no one is quoted.
    let st = statements("The regulator grounded the new jets said to be the cause of the delays.");
    assert!(
        !st.iter().any(|s| speaker_words(s).contains("jets")),
        "{st:#?}"
    );
    // Control: an intention's infinitive after its cue is still content.
    let st = statements("The ministry pledged to replace the batteries by March.");
    let s = with_cue(&st, "pledged");
    assert!(
        s.content.text.starts_with("to replace the batteries"),
        "{s:#?}"
    );
}

#[test]
fn a_hedge_marker_still_hedges_a_sentence_with_a_refusal_after_it() {
    // "allegedly" hedges the whole sentence; the refusal after it does not take its place.
    let st = statements("The company has allegedly refused to release the recordings.");
    assert!(
        st.iter()
            .any(|s| s.cue.text.eq_ignore_ascii_case("allegedly") && s.stance == Stance::Hedge),
        "{st:#?}"
    );
    // Control: with no marker the refusal stands alone.
    let st = statements("The company refused to release the recordings.");
    assert!(
        !st.iter()
            .any(|s| s.cue.text.eq_ignore_ascii_case("allegedly")),
        "{st:#?}"
    );
}
