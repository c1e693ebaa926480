//! "Israel bombed Gaza and Hamas launched rockets", "The army shelled the town and rebels
//! attacked a checkpoint": the greedy parser reads the two clauses' middle nouns as one
//! coordinated noun phrase, the subject of the second verb ("Gaza and Hamas launched") or the
//! object of the first ("the town and rebels"), and hangs the second verb on the first as a
//! complement (`ccomp`, `xcomp`), so the second clause loses its subject or the first its object.
//! The second conjunct of such a phrase, standing right before the second verb (a finite verb
//! with no subject of its own, or whose subject is that phrase), with its conjunction, is the
//! second clause's subject; the verb is the first verb's conjunct (`conj`), the phrase's first
//! noun the first verb's object. A first verb that takes a clause (`data/syntax/clause_verbs.txt`:
//! "said Israel and Hamas had agreed") keeps its complement.

use super::{clause_verb, finite, RepairWord, Shape};
use crate::doc::{Rel, Upos};

/// Split each such phrase between the two clauses; returns how many were split.
pub fn clauses_read_as_noun_coordination<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let candidate = |v: usize, heads: &[u32], rels: &[Rel]| {
        let h = heads[v] as usize;
        h < v
            && word(v).upos == Upos::Verb
            && word(h).upos == Upos::Verb
            && matches!(rels[v], Rel::Ccomp | Rel::Xcomp | Rel::Parataxis | Rel::Dep)
            && !clause_verb(word(h).form)
    };
    let mut fixes = 0;
    for v in 0..n {
        if !candidate(v, heads, rels) {
            continue;
        }
        let h = heads[v] as usize;
        let shape = Shape::new(n, heads);
        let kids_v = &shape.kids[v];
        if kids_v
            .iter()
            .any(|&k| matches!(rels[k], Rel::Mark | Rel::Cc | Rel::Expl))
        {
            continue;
        }
        let aux_finite = kids_v
            .iter()
            .any(|&k| matches!(rels[k], Rel::Aux | Rel::AuxPass) && finite(word(k).xpos));
        if !finite(word(v).xpos) && !aux_finite {
            continue;
        }
        // The words between the phrase and the verb: the verb's auxiliaries and adverbs only.
        let mut b = v;
        while b > h + 1
            && heads[b - 1] as usize == v
            && matches!(rels[b - 1], Rel::Aux | Rel::AuxPass | Rel::Advmod)
        {
            b -= 1;
        }
        // The phrase: its first noun `x` is the verb's subject (after the first verb) or the
        // first verb's object, and its conjunct `y` ends right before `b`.
        let subjects: Vec<usize> = kids_v
            .iter()
            .copied()
            .filter(|&k| rels[k].is_subject())
            .collect();
        let x = match subjects.as_slice() {
            [x] if *x > h => *x,
            [] => match shape.kids[h]
                .iter()
                .find(|&&k| rels[k] == Rel::Obj && k < v)
            {
                Some(&o) => o,
                None => continue,
            },
            _ => continue,
        };
        let Some(&y) = shape.kids[x]
            .iter()
            .find(|&&y| rels[y] == Rel::Conj && shape.right[y] + 1 == b && y > x)
        else {
            continue;
        };
        if !matches!(word(y).upos, Upos::Noun | Upos::Propn | Upos::Pron) {
            continue;
        }
        // One conjunct only, introduced by its conjunction.
        if shape.kids[x]
            .iter()
            .filter(|&&k| rels[k] == Rel::Conj)
            .count()
            != 1
        {
            continue;
        }
        let Some(&c) = shape.kids[y]
            .iter()
            .find(|&&c| rels[c] == Rel::Cc && c < y && word(c).upos == Upos::Cconj)
        else {
            continue;
        };
        let x_was_subject = subjects.first() == Some(&x);
        // Read as one subject, the phrase keeps it unless the first verb lacks an object and
        // both verbs share their tense with no modal ("ruled Israel and Hamas must …" is a
        // complement).
        if x_was_subject
            && (shape.kids[h].iter().any(|&k| rels[k] == Rel::Obj)
                || word(v).xpos != word(h).xpos
                || kids_v.iter().any(|&k| word(k).xpos == "MD"))
        {
            continue;
        }
        let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
        let passive = kids_v.iter().any(|&k| rels[k] == Rel::AuxPass);
        if x_was_subject {
            heads[x] = h as u32;
            rels[x] = Rel::Obj;
        }
        heads[y] = v as u32;
        rels[y] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        heads[c] = v as u32;
        // A comma before the conjunction goes with it.
        if c > 0 && word(c - 1).form == "," && heads[c - 1] as usize == y {
            heads[c - 1] = v as u32;
        }
        rels[v] = Rel::Conj;
        if super::title_name::keep_if_acyclic(heads, rels, &old_heads, &old_rels) {
            fixes += 1;
        }
    }
    fixes
}
