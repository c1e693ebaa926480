//! "Officials said the militants had used chlorine gas", "Hashimi said it appeared that IS had
//! not used chlorine gas" (FNC-1 train): the past participle of a perfect read as a modifier.
//! The greedy parser hangs "had" (`aux`) on a noun and the participle after it on the next
//! noun as an adjective ("used" as in "a used car": `amod` of "gas", with "gas" the clause's
//! predicate), or on "had" itself (`xcomp`, as in "had used to"), with the subject's noun the
//! clause's head and "that" above it. The clause loses its verb, and "IS used chlorine gas"
//! is read by no stage.
//!
//! A perfect auxiliary ("has", "have", "had") hung by `aux` on a noun or name, followed (after
//! negation or adverbs only) by a past participle (VBN) that is not its head, is that shape. The
//! participle takes the place of the clause's head — the noun the auxiliary hung on, or the
//! "that" right before the subject's phrase that the parser put above it —, the auxiliary and
//! the adverbs hang on it, the subject's noun is its subject, "that" its marker, and a noun the
//! participle modified its object. "the militants' used weapons" (no auxiliary) and "has been
//! killed" (a verb head already) keep their reading.

use super::have_verb::have;
use super::moves::rehang;
use super::title_name::keep_if_acyclic;
use super::{RepairWord, Shape};
use crate::doc::{Rel, Upos};

/// Re-hang each such participle; returns how many moved.
pub fn participle_after_have<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let candidate = |a: usize, heads: &[u32], rels: &[Rel]| {
        let h = heads[a] as usize;
        rels[a] == Rel::Aux
            && h < n
            && have(word(a).form)
            && matches!(word(h).upos, Upos::Noun | Upos::Propn | Upos::Pron)
    };
    if !(0..n).any(|a| candidate(a, heads, rels)) {
        return 0;
    }
    let mut fixes = 0;
    for a in 1..n {
        if !candidate(a, heads, rels) {
            continue;
        }
        let mut p = a + 1;
        while p < n && matches!(word(p).upos, Upos::Adv | Upos::Part) && p - a < 3 {
            p += 1;
        }
        if p >= n || word(p).xpos != "VBN" || word(p).upos != Upos::Verb {
            continue;
        }
        let x = heads[a] as usize;
        // "There has indeed been fighting": no subject that does anything.
        if word(x).xpos == "EX" {
            continue;
        }
        let shape = Shape::new(n, heads);
        // The subject: the noun the auxiliary hung on, before it, or that noun's subject when
        // the noun is the one the participle modified ("gas").
        let (subject, object) = if x < a {
            (x, None)
        } else if x > p && heads[p] as usize == x && rels[p] == Rel::Amod {
            let Some(&s) = shape.kids[x]
                .iter()
                .find(|&&k| k < a && rels[k].is_subject() && shape.right[k] + 1 == a)
            else {
                continue;
            };
            (s, Some(x))
        } else {
            continue;
        };
        // The subject's phrase ends right before the auxiliary (what the parser hung on the
        // auxiliary after it aside).
        let l = shape.left[subject];
        if (subject + 1..a).any(|k| !(l..a).contains(&(heads[k] as usize))) {
            continue;
        }
        // The clause's head as parsed: the noun, or "that" right before the subject's phrase
        // with the noun under it.
        let t = heads[x] as usize;
        let that = (object.is_none()
            && t < n
            && shape.left[subject] == t + 1
            && word(t).form.eq_ignore_ascii_case("that"))
        .then_some(t);
        let top = that.unwrap_or(x);
        if heads[p] as usize != a && heads[p] as usize != x {
            continue;
        }
        let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
        // The participle takes the head's place: a complement with a subject is `ccomp`.
        heads[p] = heads[top];
        // ("the first time a nun has given birth": a clause on a noun is a relative one).
        rels[p] = match rels[top] {
            Rel::Obj | Rel::Xcomp | Rel::Fixed | Rel::Nsubj => Rel::Ccomp,
            Rel::Nmod | Rel::Appos | Rel::Compound => Rel::AclRelcl,
            r => r,
        };
        // The clause's words move to it: what hung on the head, the subject's noun, the
        // auxiliary and "that" (outside the subject's and object's own phrases).
        let own = |k: usize| {
            (shape.left[subject] <= k && k <= shape.right[subject] && k < a)
                || object.is_some_and(|o| p < k && k <= o)
        };
        let from = |h: usize| h == top || h == x || h == a || h == subject;
        rehang(heads, rels, from, p, |k| !own(k) || k == subject, |r| r);
        heads[subject] = p as u32;
        rels[subject] = Rel::Nsubj;
        heads[a] = p as u32;
        rels[a] = Rel::Aux;
        if let Some(t) = that {
            heads[t] = p as u32;
            rels[t] = Rel::Mark;
        }
        if let Some(o) = object {
            heads[o] = p as u32;
            rels[o] = Rel::Obj;
        }
        // Words of the subject's phrase stay on it.
        for k in shape.left[subject]..a {
            if k != subject && old_heads[k] as usize == subject {
                heads[k] = subject as u32;
                rels[k] = old_rels[k];
            }
        }
        fixes += usize::from(keep_if_acyclic(heads, rels, &old_heads, &old_rels));
    }
    fixes
}
