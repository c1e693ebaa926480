//! "People familiar with the plans told The Wall Street Journal that …", "A source familiar
//! with the story told Business Insider …", "Officials close to the talks said …": an adjective
//! with its prepositional complement right after a noun modifies that noun, but the greedy
//! parser makes the adjective the sentence's root (a predicate without a copula) with the noun
//! its subject, and hangs the speech verb after it as a loose clause (`parataxis`, `advcl`, or
//! the `acl` of the complement's noun) with no subject, or with the complement's noun as its
//! subject and the preposition its marker. The speaker is lost.
//!
//! An adjective root with no copula or auxiliary, whose subject's phrase ends right before it,
//! and a finite verb after the adjective's phrase with no subject of its own (or only the
//! noun right after the adjective's preposition), no marker but that preposition and no
//! relative word, is that shape: the verb takes the adjective's place (the root), the noun is
//! its subject, the adjective the noun's `amod`, and the complement hangs on the adjective as
//! its `obl`. "Syria ready for talks" (no verb after) and "Obama confident the deal will pass"
//! (the verb has a subject of its own) keep their reading.

use super::moves::hand_over;
use super::title_name::keep_if_acyclic;
use super::{finite, RepairWord, Shape};
use crate::doc::{Rel, Upos, NO_HEAD};

/// Re-hang each such adjective (at most one a sentence: the root); returns how many moved.
pub fn adjective_read_as_predicate<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let Some(r) = heads.iter().position(|&h| h == NO_HEAD) else {
        return 0;
    };
    if word(r).upos != Upos::Adj || r + 2 >= n {
        return 0;
    }
    let shape = Shape::new(n, heads);
    let kids = &shape.kids[r];
    if kids
        .iter()
        .any(|&k| matches!(rels[k], Rel::Cop | Rel::Aux | Rel::AuxPass | Rel::Expl))
    {
        return 0;
    }
    // The noun: the adjective's one subject, its phrase ending right before it ("The report,
    // citing sources familiar with the matter, adds" has two: no such shape).
    if kids.iter().filter(|&&k| rels[k].is_subject()).count() != 1 {
        return 0;
    }
    let Some(&s) = kids.iter().find(|&&k| {
        rels[k] == Rel::Nsubj
            && k < r
            && shape.right[k] + 1 == r
            && matches!(word(k).upos, Upos::Noun | Upos::Propn)
    }) else {
        return 0;
    };
    // The adjective's complement opens right after it with a preposition.
    let p = r + 1;
    if word(p).upos != Upos::Adp {
        return 0;
    }
    // The verb: the first finite verb after the adjective.
    let Some(v) = (p + 1..n).find(|&k| word(k).upos == Upos::Verb && finite(word(k).xpos)) else {
        return 0;
    };
    // Nothing between the preposition and the verb but a noun phrase (and a comma).
    if (p + 1..v).any(|k| {
        let w = word(k);
        !(w.upos.is_nominal() || matches!(w.upos, Upos::Det | Upos::Adj | Upos::Num | Upos::Punct))
            || matches!(w.xpos, "WDT" | "WP" | "WP$" | "WRB")
    }) {
        return 0;
    }
    // The verb hangs on the adjective or on a word of its complement, and its only subject,
    // if any, is the complement's noun.
    let g = heads[v] as usize;
    if !(g == r || (p < g && g < v)) {
        return 0;
    }
    let mut complement = None;
    for &k in &shape.kids[v] {
        if rels[k].is_subject() && k > p && k < v && shape.left[k] == p + 1 {
            complement = Some(k);
        } else if rels[k].is_subject()
            || rels[k] == Rel::Expl
            || (rels[k] == Rel::Mark && k != p)
            || (k < v && matches!(word(k).xpos, "WDT" | "WP" | "WRB"))
        {
            return 0;
        }
    }
    let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
    // What hung on the adjective before its subject or after the verb is the verb's.
    hand_over(r, v, |k| k < s || k > v, heads, rels);
    heads[s] = v as u32;
    rels[s] = Rel::Nsubj;
    heads[r] = s as u32;
    rels[r] = Rel::Amod;
    // The complement's noun, wherever the parser hung it, is the adjective's `obl`, and the
    // preposition its case marker.
    let noun = complement.or_else(|| {
        (p + 1..v)
            .filter(|&k| word(k).upos.is_nominal() && shape.left[k] == p + 1)
            .max_by_key(|&k| shape.right[k])
    });
    if let Some(c) = noun {
        heads[c] = r as u32;
        rels[c] = Rel::Obl;
        heads[p] = c as u32;
        rels[p] = Rel::Case;
    }
    usize::from(keep_if_acyclic(heads, rels, &old_heads, &old_rels))
}
