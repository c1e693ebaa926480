//! Issue 18, session 36, on FNC-1 train sentences read as unseen articles: a predicate the tree
//! coordinates with the cue's verb (or a verb before the content) is no part of the content
//! when the content is a noun phrase object ("have not publicly confirmed the eleven planes'
//! disappearance, but are reportedly working to track them down"). Each with a control.

use crate::statement_harness::{statements, with_cue};

#[test]
fn a_predicate_coordinated_with_the_cue_ends_the_content() {
    // fnc-1958.
    let st = statements(
        "U.S. officials have not publicly confirmed the eleven planes' disappearance, but are \
         reportedly working to track them down.",
    );
    let s = with_cue(&st, "confirmed");
    assert_eq!(s.content.text, "the eleven planes' disappearance", "{s:#?}");
    // fnc-7.
    let st = statements(
        "Boko Haram has not confirmed the truce and there have been at least six attacks over \
         the weekend.",
    );
    let s = with_cue(&st, "confirmed");
    assert_eq!(s.content.text, "the truce", "{s:#?}");
}

#[test]
fn a_predicate_coordinated_inside_the_content_stays() {
    // Control (fnc-390): after a clause the second predicate stays, wherever the parser hangs
    // it.
    let st = statements(
        "In a Facebook post, he alleged he was detained by gun-wielding Tanzanian police and held \
         overnight.",
    );
    let s = with_cue(&st, "alleged");
    assert!(s.content.text.ends_with("and held overnight"), "{s:#?}");
    // Control: the second predicate belongs to the content's own clause.
    let st = statements(
        "Activists said the militants had seized the airport, and had set fire to two planes.",
    );
    let s = with_cue(&st, "said");
    assert!(
        s.content.text.ends_with("had set fire to two planes"),
        "{s:#?}"
    );
}
