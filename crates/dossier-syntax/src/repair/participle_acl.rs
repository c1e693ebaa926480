//! "The report, released by the UN on Monday, accused the government of torture": the greedy
//! parser hangs a past participle set off by commas after the subject on the main verb
//! (`advcl`), so the frame reader takes the phrase as the verb's circumstance and the subject
//! loses its description. A past participle (VBN) right after the comma that follows the
//! subject, with no subject or auxiliary of its own and its phrase ending before the verb, is
//! a modifier (`acl`) of the subject's noun.

use super::relative_clause::{noun_ending_at, under};
use super::{RepairWord, Shape};
use crate::doc::Rel;

/// Hang each such participle on the subject; returns how many moved.
pub fn participle_on_subject<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let candidate = |p: usize, heads: &[u32], rels: &[Rel]| {
        p >= 2
            && word(p).xpos == "VBN"
            && word(p - 1).form == ","
            && matches!(rels[p], Rel::Advcl | Rel::Conj | Rel::Parataxis | Rel::Dep)
            && (heads[p] as usize) < n
            && (heads[p] as usize) > p
    };
    if !(0..n).any(|p| candidate(p, heads, rels)) {
        return 0;
    }
    let shape = Shape::new(n, heads);
    let mut fixes = 0;
    for p in 0..n {
        if !candidate(p, heads, rels) {
            continue;
        }
        let verb = heads[p] as usize;
        // The participle's phrase ends before the verb and has no clause of its own.
        if shape.right[p] >= verb
            || shape.left[p] + 1 < p
            || shape.kids[p].iter().any(|&k| {
                rels[k].is_subject() || matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Mark)
            })
        {
            continue;
        }
        let Some(noun) = noun_ending_at(p - 2, &word, heads, rels) else {
            continue;
        };
        // The noun is the verb's subject (or under it: "the head of the group, …" hangs on
        // the nearest noun only when that noun is the subject itself).
        if heads[noun] as usize != verb || !rels[noun].is_subject() || under(noun, p, heads) {
            continue;
        }
        heads[p] = noun as u32;
        rels[p] = Rel::Acl;
        if heads[p - 1] as usize != p {
            heads[p - 1] = p as u32;
            rels[p - 1] = Rel::Punct;
        }
        fixes += 1;
    }
    fixes
}
