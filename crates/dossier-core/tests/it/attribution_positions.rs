//! Issue 18, session 26: a position taken on a thing, read on the tree by lemma
//! (`data/cues/positions.tsv`, `attribution/positions.rs`): every form of the verb, a speaker
//! from a relative pronoun's antecedent or the clause a participle hangs on, an argument after a
//! preposition ("voted against the resolution"). The content is the noun phrase, mode
//! `nominal`; passives and participles describing a noun are no position. Realistic news
//! sentences written for these tests.

use crate::statement_harness::{find_cue, speaker_words, statements, with_cue};
use dossier_core::{extract, make_document, DocumentHeader, Mode, Stance};

#[test]
fn a_relative_clause_or_a_participle_takes_a_position() {
    let st = statements(
        "The senator, who endorsed the nuclear agreement last year, is running for re-election. Erdogan spoke to supporters in Ankara, lauding the European Union's new refugee policy.",
    );
    let s = with_cue(&st, "endorsed");
    assert_eq!(s.mode, Mode::Nominal, "{s:#?}");
    assert_eq!(s.content.text, "the nuclear agreement", "{s:#?}");
    assert_eq!(speaker_words(s), "The senator", "{s:#?}");
    let s = with_cue(&st, "lauding");
    assert_eq!(s.mode, Mode::Nominal, "{s:#?}");
    assert_eq!(
        s.content.text, "the European Union's new refugee policy",
        "{s:#?}"
    );
    assert_eq!(s.speaker.id, "PERSON.recep-tayyip-erdogan", "{s:#?}");
}

#[test]
fn a_preposition_after_the_verb_opens_the_argument() {
    let st = statements(
        "Eleven members of the Security Council voted against the resolution on Syria. The defence minister complained about the delays in the delivery of the fighter jets.",
    );
    let s = with_cue(&st, "voted against");
    assert_eq!(s.mode, Mode::Nominal, "{s:#?}");
    assert_eq!(s.content.text, "the resolution on Syria", "{s:#?}");
    assert!(speaker_words(s).contains("Eleven members"), "{s:#?}");
    let s = with_cue(&st, "complained about");
    assert!(
        s.content.text.starts_with("the delays in the delivery"),
        "{s:#?}"
    );
    assert_eq!(s.stance, Stance::Assert);
}

#[test]
fn a_denial_verb_in_any_form_denies() {
    let st = statements(
        "Moscow has repeatedly disputed the findings of the Dutch investigators. The rebel command refuted the monitors' report on Sunday.",
    );
    let s = with_cue(&st, "disputed");
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
    assert_eq!(
        s.content.text, "the findings of the Dutch investigators",
        "{s:#?}"
    );
    let s = with_cue(&st, "refuted");
    assert_eq!(s.stance, Stance::Deny, "{s:#?}");
    assert_eq!(s.content.text, "the monitors' report", "{s:#?}");
}

#[test]
fn a_passive_or_a_described_noun_takes_no_position() {
    let st = statements(
        "The offensive was backed by Russian air power. A peace plan endorsed by the African Union collapsed within days. The army supported by militias retook the town.",
    );
    for cue in ["backed", "endorsed", "supported"] {
        assert!(find_cue(&st, cue).is_none(), "{cue}: {st:#?}");
    }
}

#[test]
fn a_clause_after_the_verb_is_read_once_as_a_clause() {
    let st = statements(
        "The president announced that he would dissolve parliament. The ministry denied that its jets had crossed the border.",
    );
    for cue in ["announced", "denied"] {
        let n = st.iter().filter(|s| s.cue.text == cue).count();
        assert_eq!(n, 1, "{cue}: {st:#?}");
        assert_ne!(with_cue(&st, cue).mode, Mode::Nominal, "{cue}: {st:#?}");
    }
}

#[test]
fn a_position_names_a_thing_and_makes_no_claim() {
    let text = "Erdogan addressed the rally in Ankara, lauding the Russian air strikes on rebel positions near Idlib.";
    let x = extract(&make_document(text, DocumentHeader::default()));
    let s = with_cue(&x.statements, "lauding");
    assert_eq!(s.mode, Mode::Nominal, "{s:#?}");
    assert_eq!(
        s.content.text, "the Russian air strikes on rebel positions near Idlib",
        "{s:#?}"
    );
    for c in &x.claims {
        assert_ne!(c.statement.as_ref(), Some(&s.id), "{c:#?}");
    }
}

#[test]
fn a_position_noun_speaks_for_its_possessor_only() {
    let st = statements(
        "Moscow's support for the separatists has strained ties with Berlin. Support for the ceasefire has grown among residents of Donetsk.",
    );
    let s = with_cue(&st, "support for");
    assert_eq!(s.mode, Mode::Nominal, "{s:#?}");
    assert_eq!(s.content.text, "the separatists", "{s:#?}");
    assert_eq!(s.speaker.id, "RUS", "{s:#?}");
    // No holder, no statement.
    assert!(
        !st.iter().any(|s| s.content.text.contains("the ceasefire")),
        "{st:#?}"
    );
}

#[test]
fn names_purposes_and_negations_take_no_position() {
    let st = statements(
        "The militia calls itself the Army of the Faithful. The ministers met in Brussels to applaud the new border rules. The chancellor has not endorsed the proposal.",
    );
    for cue in ["calls", "applaud", "endorsed"] {
        assert!(find_cue(&st, cue).is_none(), "{cue}: {st:#?}");
    }
}
