//! Which proposition a content's denial bears on. A statement whose cue denies ("denied that
//! …") denies every proposition of its content; one whose stance comes from a denial word in
//! its content ("Gill is safe … ISIS's supporters launched a rumor … which is not true") denies
//! only the propositions of the sentence holding that word: "Gill is safe" is asserted. A hedge
//! word inside the sentence hedges the clause it stands in (`hedge_scope`).

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

/// "Boko Haram has been fighting an insurgency since 2009, with some 2,000 civilians reportedly
/// killed this year": a hedge word inside the sentence it hedges ("reportedly", "allegedly",
/// "may", the statement's cue) hedges its own clause and what hangs below it, not every
/// proposition of the sentence; the others stand in the outlet's voice. The stance of the
/// proposition at predicate `p` of statement `s`, whose stance so far is `base`.
pub(super) fn hedge_scope(syn: &Syn, s: &Statement, p: usize, base: Stance) -> Stance {
    use dossier_syntax::{Rel, Upos};
    if base != Stance::Hedge || s.cue.start < s.content.start || s.cue.end > s.content.end {
        return base;
    }
    let doc = syn.doc;
    let Some(c) = syn.tokens_in(s.cue.start, s.cue.end).next() else {
        return base;
    };
    // The clause the hedge word sits in: its nearest verb ("reportedly killed", "may have
    // sent"), or the hedge verb itself ("appears to have fled").
    let mut h = c;
    for _ in 0..doc.tokens.len() {
        if doc.tokens[h].upos == Upos::Verb && doc.tokens[h].rel != Rel::Aux {
            break;
        }
        match doc.head(h) {
            Some(n) => h = n,
            None => return base,
        }
    }
    // "Militants beheaded two fighters, it was claimed": a hedge clause of the cue's own words
    // set beside another comments on that one ("…, with 2,000 civilians reportedly killed" is
    // a clause of its own that a hedge word sits in).
    let cue = syn.tokens_in(s.cue.start, s.cue.end);
    for _ in 0..doc.tokens.len() {
        match doc.head(h) {
            Some(n) if cue.contains(&h) && doc.tokens[h].rel == Rel::Parataxis => h = n,
            _ => break,
        }
    }
    // "X reportedly attacked the town, and Turkey shelled …": a later clause with a subject of
    // its own is the outlet's, unless the hedge word opens the sentence before the subject of
    // its clause ("Reportedly, the army attacked the town and rebels fled").
    let fronted = doc
        .children(h)
        .find(|&n| matches!(doc.tokens[n].rel, Rel::Nsubj | Rel::NsubjPass))
        .is_some_and(|n| c < doc.subtree(n).start);
    let mut k = p;
    for _ in 0..doc.tokens.len() {
        if k == h {
            return base;
        }
        if !fronted
            && k > c
            && matches!(doc.tokens[k].rel, Rel::Conj | Rel::Parataxis)
            && doc
                .children(k)
                .any(|n| matches!(doc.tokens[n].rel, Rel::Nsubj | Rel::NsubjPass))
        {
            return Stance::Assert;
        }
        match doc.head(k) {
            Some(n) => k = n,
            None => return Stance::Assert,
        }
    }
    base
}
