//! "The army said on Sunday that 20 militants had been killed": the greedy parser hangs the
//! "that" clause on the day ("Sunday … that …" read as a relative clause), so the reporting
//! verb has no complement and the statement loses its content. A time word
//! (`data/syntax/time_words.txt`) does not take a clause with "that" and a subject of its own;
//! the clause is the complement (`ccomp`) of the verb the time word modifies.

use super::{RepairWord, Shape, TIME_WORDS};
use crate::doc::{Rel, Upos};

/// Move each such clause to the verb; returns how many moved.
pub fn clause_on_time_word<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let on_time = |c: usize, heads: &[u32], rels: &[Rel]| {
        let t = heads[c] as usize;
        matches!(rels[c], Rel::Acl | Rel::AclRelcl)
            && t < c
            && matches!(rels[t], Rel::Obl | Rel::OblUnmarked)
            && TIME_WORDS.contains_lower(word(t).form)
    };
    if !(0..n).any(|c| on_time(c, heads, rels)) {
        return 0;
    }
    let shape = Shape::new(n, heads);
    let mut fixes = 0;
    for c in 0..n {
        if !on_time(c, heads, rels) {
            continue;
        }
        let t = heads[c] as usize;
        let v = heads[t] as usize;
        if v >= n || !matches!(word(v).upos, Upos::Verb) {
            continue;
        }
        let kids = &shape.kids[c];
        let that = kids
            .iter()
            .any(|&k| rels[k] == Rel::Mark && k < c && word(k).form.eq_ignore_ascii_case("that"));
        let subject = kids.iter().any(|&k| rels[k].is_subject() && k < c);
        if that && subject {
            heads[c] = v as u32;
            rels[c] = Rel::Ccomp;
            fixes += 1;
        }
    }
    fixes
}
