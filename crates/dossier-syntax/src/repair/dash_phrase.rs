//! "Three senior members of ISIS – including an aide to its leader – were killed in a U.S.
//! airstrike" (fnc-723): a phrase set off by dashes between the subject and its verb. The greedy
//! parser reads the phrase's noun as a second subject of the verb, or hangs the verb on it
//! (`acl`) and leaves the subject the root, so the sentence loses its subject or gains a wrong
//! one. When the words before the first dash are one noun phrase (one word of them hangs
//! outside them), the dashes close the phrase and the word after the second dash is the verb or
//! its auxiliary, the phrase's noun belongs to the subject (`nmod` after "including", else
//! `appos`), the subject is the verb's (`nsubj:pass` when it has a passive auxiliary), and
//! what hung on the phrase after the second dash goes to the verb.

use super::relative_clause::under;
use super::title_name::keep_if_acyclic;
use super::RepairWord;
use crate::doc::{Rel, Upos, NO_HEAD};

/// A dash that sets off a phrase: "-", "–", "—" or "--", not a hyphen inside a word (the
/// tokeniser's hyphen has a word on both sides; the caller checks what follows).
fn dash(w: RepairWord) -> bool {
    matches!(w.form, "-" | "\u{2013}" | "\u{2014}" | "--")
}

/// Put each subject interrupted by a dashed phrase right; returns how many changed.
pub fn dash_phrase_in_subject<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    // Cheap exit: fewer than two dashes.
    if (0..n).filter(|&k| dash(word(k))).take(2).count() < 2 {
        return 0;
    }
    // The subject opens the sentence (after opening punctuation).
    let begin = (0..n).find(|&k| word(k).upos != Upos::Punct).unwrap_or(n);
    // The second dash: the first one right before an auxiliary or a finite verb.
    let finite = |w: RepairWord| {
        w.upos == Upos::Aux || (w.upos == Upos::Verb && matches!(w.xpos, "VBD" | "VBZ" | "VBP"))
    };
    let Some(d2) = (begin + 3..n.saturating_sub(1)).find(|&k| dash(word(k)) && finite(word(k + 1)))
    else {
        return 0;
    };
    let outside = |k: usize, lo: usize, hi: usize| {
        let h = heads[k] as usize;
        heads[k] == NO_HEAD || h < lo || h >= hi
    };
    let content = |k: usize| word(k).upos != Upos::Punct;
    // The words before the first dash are a noun phrase: no finite verb or auxiliary among them
    // ("Brian Williams is at the center … and now it transpires that NBC News executives - and
    // Tom Brokaw - had known" is a clause before the dash, left alone).
    let clause_word = |k: usize| {
        let w = word(k);
        w.upos == Upos::Aux || matches!(w.xpos, "VBD" | "VBZ" | "VBP" | "MD")
    };
    // The one word of `lo..hi` that hangs outside those words.
    let one_head = |lo: usize, hi: usize| {
        let mut top = (lo..hi).filter(|&k| content(k) && outside(k, lo, hi));
        match (top.next(), top.next()) {
            (Some(t), None) => Some(t),
            _ => None,
        }
    };
    // The first dash: the nearest before the second that leaves one noun phrase before it and
    // one inside (a hyphen inside a name, "al - Sham", leaves none).
    let Some((d1, s, p)) = (begin + 1..d2 - 1)
        .rev()
        .filter(|&k| dash(word(k)) && !(begin..k).any(clause_word))
        .find_map(|d1| Some((d1, one_head(begin, d1)?, one_head(d1 + 1, d2)?)))
    else {
        return 0;
    };
    let nominal = |k: usize| {
        matches!(
            word(k).upos,
            Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num
        )
    };
    if !nominal(s) || !nominal(p) {
        return 0;
    }
    // The verb: the word after the second dash, or the predicate its auxiliary hangs on.
    let a = d2 + 1;
    let v = if word(a).upos == Upos::Verb {
        a
    } else {
        let h = heads[a] as usize;
        if h >= n || h <= a || !matches!(rels[a], Rel::Aux | Rel::AuxPass | Rel::Cop) {
            return 0;
        }
        h
    };
    let passive = (a..v).any(|k| heads[k] as usize == v && rels[k] == Rel::AuxPass);
    let s_rel = if passive { Rel::NsubjPass } else { Rel::Nsubj };
    let p_rel = if word(d1 + 1).form.eq_ignore_ascii_case("including") {
        Rel::Nmod
    } else {
        Rel::Appos
    };
    if heads[s] as usize == v && rels[s] == s_rel && heads[p] as usize == s && rels[p] == p_rel {
        return 0;
    }
    let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
    // A verb the parser hung inside the subject takes the subject's place in the sentence.
    if under(v, s, heads) || under(v, p, heads) {
        heads[v] = heads[s];
        rels[v] = if heads[v] == NO_HEAD {
            Rel::Root
        } else {
            rels[s]
        };
    }
    heads[s] = v as u32;
    rels[s] = s_rel;
    heads[p] = s as u32;
    rels[p] = p_rel;
    for d in [d1, d2] {
        heads[d] = p as u32;
        rels[d] = Rel::Punct;
    }
    // What hung on the subject or the phrase from after the second dash is the verb's.
    for k in d2 + 1..n {
        if k != v && (heads[k] as usize) <= d2 && heads[k] != NO_HEAD {
            heads[k] = v as u32;
            if rels[k] == Rel::Nmod {
                rels[k] = Rel::Obl;
            }
        }
    }
    usize::from(keep_if_acyclic(heads, rels, &old_heads, &old_rels))
}
