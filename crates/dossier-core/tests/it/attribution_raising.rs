//! Speakerless hedges read on the tree (`data/cues/raising.tsv`: "X is not expected to …", "X
//! appeared unwilling to …"), questions put by nobody named ("was asked whether …") and the
//! intention verbs "would like to", "looks to". Sentences written for these tests.

use dossier_core::{Sourcing, Stance};

use crate::statement_harness::{find_cue, speaker_words, statements, with_cue};

#[test]
fn a_negated_passive_expectation_is_an_unattributed_clause() {
    let st = statements(
        "The finance minister is not expected to attend the summit in Brussels next week.",
    );
    let s = with_cue(&st, "expected");
    assert_eq!(s.sourcing, Sourcing::Unattributed, "{s:#?}");
    assert_eq!(
        s.content.text,
        "The finance minister is not expected to attend the summit in Brussels next week"
    );
}

#[test]
fn a_raising_verb_with_an_adjective_is_the_authors_hedge() {
    let st = statements("By Friday the rebels appeared unwilling to give up the town.");
    let s = with_cue(&st, "appeared");
    assert_eq!(s.sourcing, Sourcing::Unattributed, "{s:#?}");
    assert_eq!(s.stance, Stance::Hedge);
    assert!(
        s.content.text.starts_with("the rebels appeared unwilling"),
        "{:?}",
        s.content.text
    );
}

#[test]
fn appearing_somewhere_is_no_statement() {
    let st = statements("The convoy appeared on the ridge at dawn and the guns fell silent.");
    assert!(find_cue(&st, "appeared").is_none(), "{st:#?}");
}

#[test]
fn a_hedge_inside_a_reported_clause_stays_the_speakers() {
    let st = statements("Officials said the envoy was widely expected to resign within days.");
    let s = with_cue(&st, "said");
    assert!(s.content.text.contains("expected to resign"), "{s:#?}");
    assert!(find_cue(&st, "expected").is_none(), "{st:#?}");
}

#[test]
fn a_passive_question_has_no_named_asker() {
    let st = statements("The defence minister was asked whether the ceasefire would hold.");
    let s = with_cue(&st, "asked");
    assert_eq!(s.sourcing, Sourcing::Unattributed, "{s:#?}");
    assert_eq!(s.stance, Stance::Question);
    assert_eq!(s.content.text, "whether the ceasefire would hold");
}

#[test]
fn would_like_to_and_looks_to_are_intentions_of_the_subject() {
    let st = statements(
        "The Kremlin would like to see the sanctions lifted before the talks. The ruling party looks to extend its majority in Sunday's vote.",
    );
    let s = with_cue(&st, "like");
    assert_eq!(speaker_words(s), "The Kremlin");
    assert_eq!(
        s.content.text,
        "to see the sanctions lifted before the talks"
    );
    let s = with_cue(&st, "looks");
    assert_eq!(speaker_words(s), "The ruling party");
    assert_eq!(s.content.text, "to extend its majority in Sunday's vote");
}

#[test]
fn a_hedging_adjective_makes_its_noun_phrase_an_unattributed_hedge() {
    let st = statements(
        "Investigators are examining Emwazi's alleged links to the funding of the militant group.",
    );
    let s = with_cue(&st, "alleged");
    assert_eq!(s.sourcing, Sourcing::Unattributed, "{s:#?}");
    assert_eq!(s.stance, Stance::Hedge);
    assert_eq!(
        s.content.text,
        "Emwazi's alleged links to the funding of the militant group"
    );
    assert_eq!(st.len(), 1, "{st:#?}");
}

#[test]
fn a_participle_describing_a_noun_is_no_cue() {
    let st = statements(
        "The family announced his death in a statement posted on a Facebook page that was created to rally support for his release.",
    );
    assert!(find_cue(&st, "posted").is_none(), "{st:#?}");
    // With an object of its own the participle is a verb: "a source told AFP that …".
    let st = statements("A security source told AFP that the convoy had been hit near the border.");
    let s = with_cue(&st, "told");
    assert!(s.content.text.contains("the convoy had been hit"), "{s:#?}");
}

#[test]
fn without_warning_and_said_as_much_carry_no_statement() {
    let st = statements(
        "Without warning, a mortar round struck the checkpoint. The spokesman said as much in an interview on Thursday.",
    );
    assert!(find_cue(&st, "warning").is_none(), "{st:#?}");
    assert!(find_cue(&st, "said").is_none(), "{st:#?}");
}
