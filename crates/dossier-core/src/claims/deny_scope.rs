//! Which proposition a content's denial bears on. A statement whose cue denies ("denied that
//! …") denies every proposition of its content; one whose stance comes from a denial word in
//! its content ("Gill is safe … ISIS's supporters launched a rumor … which is not true") denies
//! only the propositions of the sentence holding that word: "Gill is safe" is asserted.

use super::syn::Syn;
use crate::attribution::lexicon::Lexicon as CueLexicon;
use crate::model::{Span, Stance, Statement};

/// The stance statement `s` takes on a proposition whose evidence is `evidence`, before the
/// proposition's own polarity and modality turn it (`props::prop_stance`).
pub(super) fn base_stance(syn: &Syn, s: &Statement, evidence: &Span) -> Stance {
    if s.stance != Stance::Deny || cue_denies(&s.cue.text) {
        return s.stance;
    }
    let here = syn.sentence_at(evidence.start);
    let bears = denial_words(&s.content.text)
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

/// Code-point offsets in `content` of its denial words (`deny` markers of
/// `data/cues/stance.tsv`, whole words).
fn denial_words(content: &str) -> Vec<usize> {
    let lex = CueLexicon::get();
    // "^no" ("No missile was sent"): an anchored marker opens the content.
    let lead = content.len() - content.trim_start_matches(['“', '"', '‘', '\'', ' ']).len();
    lex.markers
        .find_iter(content)
        .filter(|m| lex.marker_entries[m.pattern().as_usize()].stance == Stance::Deny)
        .filter(|m| {
            !content[..m.start()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !content[m.end()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })
        .filter(|m| !lex.marker_entries[m.pattern().as_usize()].anchored || m.start() == lead)
        // "It wasn't true": a marker counted only after a negation has one just before it.
        .filter(|m| {
            !lex.marker_entries[m.pattern().as_usize()].negated || {
                let before = content[..m.start()].to_lowercase();
                before
                    .split_whitespace()
                    .rev()
                    .take(3)
                    .any(|w| matches!(w, "not" | "never" | "no") || w.ends_with("n't"))
            }
        })
        .map(|m| content[..m.start()].chars().count())
        .collect()
}
