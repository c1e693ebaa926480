//! Issue 18, session 20 (lead), from a reading of unseen FNC-1 bodies: a passive report with
//! the expletive "it" and an adverb in it ("It has also been claimed …", "It was widely
//! reported that …") is a report sourced to no one, never the previous speaker's; a reduced
//! passive ("…, accused of killing two students") is no statement by the accused. Realistic
//! news sentences written for these tests.

use crate::statement_harness::{find_cue, statements, with_cue};
use dossier_core::attribution::UNATTRIBUTED_ID;
use dossier_core::Stance;

#[test]
fn an_impersonal_passive_report_with_an_adverb_is_unattributed_and_hedged() {
    let st = statements(
        "The interior minister said the border crossing would stay closed. \
         It was also reported on Tuesday that two army officers had fled to Turkey. \
         It has also been claimed the defence minister flew to Ankara and that he met the Turkish \
         chief of staff.",
    );
    let reported = with_cue(&st, "It was also reported");
    assert_eq!(
        reported.speaker.id, UNATTRIBUTED_ID,
        "not the minister: {reported:#?}"
    );
    assert_eq!(reported.stance, Stance::Hedge);
    assert!(
        reported
            .content
            .text
            .starts_with("two army officers had fled"),
        "{reported:#?}"
    );
    let claimed = with_cue(&st, "It has also been claimed");
    assert_eq!(claimed.speaker.id, UNATTRIBUTED_ID, "{claimed:#?}");
    // Both clauses of the claim are its content.
    assert!(
        claimed.content.text.contains("he met the Turkish"),
        "{claimed:#?}"
    );
    // The minister's own statement stays his.
    let said = with_cue(&st, "said");
    assert_ne!(said.speaker.id, UNATTRIBUTED_ID);
}

#[test]
fn a_passive_report_with_its_agent_is_not_impersonal() {
    // The agent is named: not a speakerless report (and never "it").
    let st = statements(
        "It was announced by the ministry on Monday that the talks would resume in Geneva.",
    );
    if let Some(s) = find_cue(&st, "announced") {
        assert_ne!(s.stance, Stance::Hedge, "{s:#?}");
    }
}

#[test]
fn a_reduced_passive_of_accusing_is_no_statement_by_the_accused() {
    let st = statements(
        "Fourteen soldiers were detained in Kandahar on Monday, accused of selling weapons to the \
         Taliban. The opposition has accused the army of torturing prisoners.",
    );
    assert!(
        !st.iter()
            .any(|s| s.cue.text == "accused" && s.content.text.contains("selling weapons")),
        "the soldiers are the accused: {st:#?}"
    );
    // The active accusation keeps its speaker.
    let active = st
        .iter()
        .find(|s| s.content.text.contains("torturing prisoners"))
        .expect("the opposition's accusation");
    assert!(active
        .speaker
        .mention
        .as_ref()
        .is_some_and(|m| m.text.contains("opposition")));
}
