//! "Three civilians were killed and five others wounded", "12 people were killed and 30
//! wounded", "One soldier was killed and another seriously wounded": the second clause of a
//! coordinated passive shares the first one's auxiliary but has a subject of its own. The
//! greedy parser reads the second subject as a noun conjunct of the first verb and the bare
//! participle as a participle (`acl`) or adjective (`amod`) on that noun, or makes the
//! participle the conjunct and the subject its determiner, so the second clause loses its
//! subject ("five others" are wounded, not killed) and the frame readers read no second event.
//!
//! In UD the participle is a conjunct of the first verb (`conj`) with its own passive subject
//! (`nsubj:pass`) and the shared auxiliary left out. A passive verb (VBN with an `aux:pass`)
//! followed by a coordinating conjunction, then only the words of a noun phrase (determiner,
//! number, adjective, noun, pronoun; adverbs right before the participle) and then a bare past
//! participle (VBN, or an adjective of a past form: "-ed" or `data/syntax/irregular_past.txt`)
//! that takes no object, is that shape, when the parser hung the phrase, the conjunction or the
//! participle on the first verb (or the phrase on the conjunction). The participle becomes the
//! conjunct, the phrase's last noun its passive subject; an adjective so read is retagged VBN
//! by the caller.
//!
//! "He was born in 1970 and raised in Texas" (no subject of its own), "were arrested and two
//! women carrying weapons" (no past participle), "were killed and police seized the weapons"
//! (an object after the verb) keep their reading.

use super::moves::{nmod_to_obl, rehang, same, Shapes};
use super::title_name::keep_if_acyclic;
use super::RepairWord;
use crate::doc::{Rel, Upos};

/// A bare past participle: VBN, or an adjective whose form is a past one.
fn participle(w: RepairWord) -> bool {
    match w.xpos {
        "VBN" => w.upos == Upos::Verb,
        "JJ" => past_form(w.form),
        _ => false,
    }
}

/// A past form: a regular "-ed" one, or one of `data/syntax/irregular_past.txt`.
pub(super) fn past_form(form: &str) -> bool {
    let lower = form.to_lowercase();
    (lower.len() > 4 && lower.ends_with("ed")) || super::irregular_past(&lower)
}

/// A word a subject's phrase may hold before its participle.
fn phrase_word(w: RepairWord) -> bool {
    matches!(
        w.upos,
        Upos::Det | Upos::Num | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Pron
    ) && w.xpos != "WP"
        && w.xpos != "WDT"
}

/// A word that can head the subject's phrase.
fn subject_head(w: RepairWord) -> bool {
    matches!(
        w.upos,
        Upos::Det | Upos::Num | Upos::Noun | Upos::Propn | Upos::Pron
    ) && w.xpos != "PRP$"
}

/// A word that would open the participle's object ("seized *the* weapons").
fn opens_object(w: RepairWord) -> bool {
    matches!(
        w.upos,
        Upos::Det | Upos::Num | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Pron
    )
}

/// A verb or auxiliary.
fn verb_like(w: RepairWord) -> bool {
    matches!(w.upos, Upos::Verb | Upos::Aux)
}

/// Re-hang each gapped passive conjunct (see the module documentation); returns the
/// participles read as adjectives, for the caller to retag VBN.
pub fn gapped_passive_conjuncts<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> Vec<usize> {
    let mut retag = Vec::new();
    if heads.len() != n || rels.len() != n {
        return retag;
    }
    // Cheap exit: a passive auxiliary and a conjunction.
    if !rels.contains(&Rel::AuxPass) || !(0..n).any(|i| word(i).upos == Upos::Cconj) {
        return retag;
    }
    let (mut c, mut shapes) = (0, Shapes::default());
    while c < n {
        if let Some(p) = one_conjunct(n, &word, &mut shapes, heads, rels, c) {
            if word(p).upos != Upos::Verb {
                retag.push(p);
            }
            c = p;
        }
        c += 1;
    }
    retag
}

/// Re-hang the conjunct after the conjunction `c`, if it is a gapped passive one; returns its
/// participle.
fn one_conjunct<'a>(
    n: usize,
    word: &impl Fn(usize) -> RepairWord<'a>,
    shapes: &mut Shapes,
    heads: &mut [u32],
    rels: &mut [Rel],
    c: usize,
) -> Option<usize> {
    if word(c).upos != Upos::Cconj || c == 0 {
        return None;
    }
    // The subject's phrase, its adverbs, then the participle.
    let mut p = c + 1;
    while p < n && phrase_word(word(p)) && !participle(word(p)) {
        p += 1;
    }
    let mut h = p;
    while p < n && word(p).upos == Upos::Adv {
        p += 1;
    }
    if h == c + 1 || p >= n || !participle(word(p)) {
        return None;
    }
    h -= 1;
    // No object after the participle, and no verb ("and the injured taken to hospital").
    if !subject_head(word(h))
        || (p + 1 < n && (opens_object(word(p + 1)) || verb_like(word(p + 1))))
    {
        return None;
    }
    let shape = shapes.of(heads);
    // The first verb: a passive participle before the conjunction that the parser hung the
    // phrase, the conjunction or the participle on.
    let passive = |v: usize| {
        v < c && word(v).xpos == "VBN" && shape.kids[v].iter().any(|&k| rels[k] == Rel::AuxPass)
    };
    let up = |k: usize| heads[k] as usize;
    let v1 = [up(h), up(c), up(p)]
        .into_iter()
        .find(|&v| v < n && passive(v))
        .or_else(|| {
            // "30 wounded": the number hung on the conjunction, the conjunction on the verb.
            (up(h) == c && up(c) < n && passive(up(c))).then(|| up(c))
        })?;
    // The participle must not be a clause of its own already.
    if shape.kids[p]
        .iter()
        .any(|&k| rels[k].is_subject() || matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Cop))
    {
        return None;
    }
    let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
    let in_phrase = |k: usize| k > c && k <= h;
    // Each word moves by its own head as it was (the three sets of words are apart): a word of
    // the phrase stays inside it, the adverbs before the participle are its, and what hung on
    // the phrase or the conjunction after the participle is its.
    let (untouched, rest) = (
        |k: usize| k == p || k == h || k == c,
        |k: usize| k <= c || k >= p,
    );
    rehang(
        heads,
        rels,
        |hk| !in_phrase(hk),
        h,
        |k| in_phrase(k) && !untouched(k),
        same,
    );
    rehang(
        heads,
        rels,
        |_| true,
        p,
        |k| k > h && k < p,
        |_| Rel::Advmod,
    );
    let on_phrase = |hk: usize| in_phrase(hk) || hk == c;
    rehang(
        heads,
        rels,
        on_phrase,
        p,
        |k| rest(k) && !untouched(k),
        nmod_to_obl,
    );
    heads[p] = v1 as u32;
    rels[p] = Rel::Conj;
    heads[h] = p as u32;
    rels[h] = Rel::NsubjPass;
    heads[c] = p as u32;
    rels[c] = Rel::Cc;
    shapes.changed();
    keep_if_acyclic(heads, rels, &old_heads, &old_rels).then_some(p)
}
