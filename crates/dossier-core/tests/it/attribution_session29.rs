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
