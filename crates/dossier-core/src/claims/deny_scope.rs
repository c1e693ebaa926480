//! Which proposition a content's denial bears on. A statement whose cue denies ("denied that
//! …") denies every proposition of its content; one whose stance comes from a denial word in
//! its content ("Gill is safe … ISIS's supporters launched a rumor … which is not true") denies
//! only the propositions of the sentence holding that word: "Gill is safe" is asserted.

use super::syn::Syn;
use crate::attribution::lexicon::Lexicon as CueLexicon;
use crate::model::{Mode, Span, Stance, Statement};

/// The stance statement `s` takes on a proposition whose evidence is `evidence`, before the
/// proposition's own polarity and modality turn it (`props::prop_stance`).
pub(super) fn base_stance(syn: &Syn, s: &Statement, evidence: &Span) -> Stance {
    if s.stance != Stance::Deny || cue_denies(&s.cue.text) {
        return s.stance;
    }
    let here = syn.sentence_at(evidence.start);
    let bears = denial_words(&s.content.text, s.mode)
        .into_iter()
        .any(|at| syn.sentence_at(s.content.start + at) == here);
    if bears {
        Stance::Deny
    } else {
        Stance::Assert
    }
}

/// Does the cue itself deny ("denied", "rejected", "dismissed": stance `deny` in
/// `data/cues/verbs.tsv`)?
fn cue_denies(cue: &str) -> bool {
    let lex = CueLexicon::get();
    lex.cues
        .find_iter(cue)
        .any(|m| lex.cue_entries[m.pattern().as_usize()].stance == Stance::Deny)
}

/// Code-point offsets in `content` of its denial words: the `deny` markers the statement's
/// stance was read from (`attribution::content_markers`).
fn denial_words(content: &str, mode: Mode) -> Vec<usize> {
    crate::attribution::content_markers(content, mode, CueLexicon::get())
        .into_iter()
        .filter(|&(_, stance)| stance == Stance::Deny)
        .map(|(at, _)| content[..at].chars().count())
        .collect()
}
