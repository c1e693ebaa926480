//! The session-21 tree repairs through the shipped model and the frame reader: what the stages
//! read on wire-style sentences (the repairs' own unit tests are in `src/repair/tests.rs`).

use dossier_syntax::doc::Rel;
use dossier_syntax::frames::{frame_of, Voice};

fn find(doc: &dossier_syntax::doc::Doc, text: &str, form: &str) -> usize {
    (0..doc.tokens.len())
        .find(|&i| doc.form(text, i) == form)
        .unwrap_or_else(|| panic!("no {form:?} in {text:?}"))
}

#[test]
fn a_bare_conjunct_of_a_passive_shares_it() {
    let text = "Two aid workers were kidnapped in northern Syria and held for ransom.";
    let doc = dossier_syntax::parse(text);
    let held = find(&doc, text, "held");
    assert_eq!(doc.tokens[held].xpos.as_str(), "VBN");
    let f = frame_of(&doc, text, held);
    assert_eq!(f.voice, Voice::Passive, "{f:?}");
    assert_eq!(f.subj.map(|s| doc.form(text, s)), Some("workers"));
    // "... and died in custody": a verb that takes no object keeps its past tense.
    let text = "The journalist was arrested in March and died in custody.";
    let doc = dossier_syntax::parse(text);
    let died = find(&doc, text, "died");
    assert_eq!(frame_of(&doc, text, died).voice, Voice::Active);
}

#[test]
fn it_has_since_been_claimed_has_its_expletive_on_the_verb() {
    let text = "It has since been claimed that the video was staged.";
    let doc = dossier_syntax::parse(text);
    let (it, claimed) = (find(&doc, text, "It"), find(&doc, text, "claimed"));
    assert_eq!(doc.tokens[it].head as usize, claimed);
    assert_eq!(doc.tokens[find(&doc, text, "since")].rel, Rel::Advmod);
}

#[test]
fn said_on_sunday_that_takes_the_clause() {
    let text = "The army said on Sunday that 20 militants had been killed.";
    let doc = dossier_syntax::parse(text);
    let killed = find(&doc, text, "killed");
    assert_eq!(doc.tokens[killed].rel, Rel::Ccomp);
    assert_eq!(doc.tokens[killed].head as usize, find(&doc, text, "said"));
}

#[test]
fn the_opening_noun_phrase_before_a_relative_clause_is_the_subject() {
    let text = "The girl, who was abducted from her school in April, has been freed.";
    let doc = dossier_syntax::parse(text);
    let f = frame_of(&doc, text, find(&doc, text, "freed"));
    assert_eq!(f.subj.map(|s| doc.form(text, s)), Some("girl"), "{f:?}");
}
