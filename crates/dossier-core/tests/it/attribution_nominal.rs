//! Issue 18, session 15: a position taken on a thing is a statement whose content is a noun
//! phrase ("condemned the strike", "called for a no-fly zone", "ruled out talks"), mode
//! `nominal`, its content the verb's argument read on the tree (no trailing time phrase),
//! completed by an `as`/`for`/`to` phrase or a second predicate ("called the vote
//! a sham"). An object cue that governs nothing ("slammed into a wall") or a predicative verb
//! without its predicate ("called a meeting") is no statement. Realistic news sentences
//! written for these tests.

use crate::statement_harness::{find_cue, speaker_words, statements, with_cue};
use dossier_core::{extract, make_document, DocumentHeader, Mode, Stance};

#[test]
fn a_position_on_a_thing_is_a_nominal_statement_without_its_adverbials() {
    let st = statements(
        "Turkey condemned the air strike on the convoy on Tuesday. The Kremlin ruled out a ground operation in northern Syria. Opposition leaders railed against the new election law during a rally in the capital.",
    );
    let s = with_cue(&st, "condemned");
    assert_eq!(s.mode, Mode::Nominal, "{s:#?}");
    assert_eq!(s.content.text, "the air strike on the convoy", "{s:#?}");
    assert_eq!(speaker_words(s), "Turkey");
    let s = with_cue(&st, "ruled out");
    assert_eq!(s.mode, Mode::Nominal, "{s:#?}");
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
    assert!(s.content.text.starts_with("a ground operation"), "{s:#?}");
    // An oblique the parser hangs on the verb stays (it may be the argument's own, "the
    // separatists in Ukraine who …"); only a time phrase is cut.
    let s = with_cue(&st, "railed against");
    assert_eq!(s.mode, Mode::Nominal, "{s:#?}");
    assert!(s.content.text.starts_with("the new election law"), "{s:#?}");
    assert!(speaker_words(s).contains("Opposition leaders"), "{s:#?}");
}

#[test]
fn a_completing_phrase_stays_in_the_content() {
    let st = statements(
        "The foreign minister dismissed the report as Western propaganda. Hungary's prime minister called the vote a sham. The ambassador urged Tehran to release the detained sailors.",
    );
    let s = with_cue(&st, "dismissed");
    assert_eq!(s.content.text, "the report as Western propaganda", "{s:#?}");
    assert_eq!(s.mode, Mode::Nominal);
    let s = with_cue(&st, "called");
    assert_eq!(s.content.text, "the vote a sham", "{s:#?}");
    // An infinitive completes the position: the content is a clause, not a bare noun phrase.
    let s = with_cue(&st, "urged");
    assert!(
        s.content
            .text
            .contains("Tehran to release the detained sailors"),
        "{s:#?}"
    );
    assert_ne!(s.mode, Mode::Nominal, "{s:#?}");
}

#[test]
fn an_object_cue_governing_nothing_is_no_statement() {
    let st = statements(
        "The speaker called an emergency session of parliament for Friday. A truck slammed into a checkpoint outside the base. Several donors backed out after the scandal. The group, dubbed the Beatles by its captives, guarded the hostages.",
    );
    for cue in ["called", "slammed", "backed", "dubbed"] {
        assert!(find_cue(&st, cue).is_none(), "{cue}: {st:#?}");
    }
}

#[test]
fn a_clausal_complement_keeps_the_patterns_reading() {
    let st = statements(
        "The ministry denied that its jets had crossed the border. The senator questioned whether the sanctions would hold.",
    );
    let s = with_cue(&st, "denied");
    assert_ne!(s.mode, Mode::Nominal, "{s:#?}");
    assert!(
        s.content.text.contains("its jets had crossed the border"),
        "{s:#?}"
    );
    let s = with_cue(&st, "questioned");
    assert!(
        s.content.text.contains("the sanctions would hold"),
        "{s:#?}"
    );
}

#[test]
fn nominal_statements_state_no_claim_of_their_own() {
    // "criticized the deal" names a thing: no proposition comes from the statement; the
    // clause-bearing statement next to it still gives its claim.
    let text = "Israel's prime minister criticized the nuclear deal with Iran. He said Iran had enriched uranium beyond the agreed limit.";
    let x = extract(&make_document(text, DocumentHeader::default()));
    let nominal: Vec<_> = x
        .statements
        .iter()
        .filter(|s| s.mode == Mode::Nominal)
        .map(|s| s.id.clone())
        .collect();
    assert!(!nominal.is_empty(), "{:#?}", x.statements);
    for c in &x.claims {
        assert!(
            c.statement.as_ref().is_none_or(|id| !nominal.contains(id)),
            "a claim from a nominal statement: {c:#?}"
        );
    }
}
