//! Issue 18, session 18 (lead), from a reading of unseen FNC-1 bodies: a hedging adjective on
//! a bare noun ("the alleged incident", "that alleged rug", "the purported killing") names a
//! thing and states nothing; on a noun with words after it ("his alleged roles in the
//! bombings") it is an unattributed hedge whose content starts at the noun phrase, not at the
//! preposition that governs it. Realistic news sentences written for these tests.

use crate::statement_harness::{statements, with_cue};
use dossier_core::{Sourcing, Stance};

#[test]
fn a_hedged_bare_noun_states_nothing() {
    let st = statements(
        "When asked about the alleged incident, the union leader said the Border Patrol needs more funding. A graphic video of the purported killing was posted online on Tuesday. Thus far, the threat embodied by that alleged rug has failed to materialize.",
    );
    assert!(
        st.iter()
            .all(|s| s.cue.text != "alleged" && s.cue.text != "purported"),
        "a hedged bare noun read as a statement: {st:#?}"
    );
    let said = with_cue(&st, "said");
    assert!(
        said.content.text.contains("needs more funding"),
        "{said:#?}"
    );
}

#[test]
fn a_hedged_noun_with_its_complement_is_a_hedge_from_the_noun_phrase() {
    let st = statements(
        "His father was extradited from Britain to the United States in 2012 for his alleged roles in the bombings of two US embassies in east Africa.",
    );
    let s = with_cue(&st, "alleged");
    assert_eq!(s.sourcing, Sourcing::Unattributed, "{s:#?}");
    assert_eq!(s.stance, Stance::Hedge);
    assert!(
        s.content
            .text
            .starts_with("his alleged roles in the bombings of two US embassies"),
        "{s:#?}"
    );
}
