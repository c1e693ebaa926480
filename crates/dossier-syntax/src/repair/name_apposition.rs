//! "The Pentagon confirmed the death of the militia's leader, Ahmed Omar, in an airstrike":
//! the greedy parser hangs a name set off by a comma after a common noun on the verb
//! (`obl:unmarked`, `vocative`, `parataxis`, `dep`) or on the comma, so the noun loses the name that says who it
//! is. A name (a run of capitalised proper nouns, no time word) right after the comma that
//! closes a phrase headed by a common noun, itself closed by a comma or the sentence's end, and
//! hung on a word outside that phrase by one of those relations, is the noun's apposition
//! (`appos`, as UD EWT has "his brother, Tamerlan,"). What hung on the name after its closing
//! comma ("in an airstrike") goes to the name's old head.

use super::relative_clause::{noun_ending_at, under};
use super::{RepairWord, Shape};
use crate::doc::{Rel, Upos};

/// Hang each such name on its noun; returns how many moved.
pub fn name_after_noun_is_apposition<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let name_word = |k: usize| super::title_name::name_word(word(k));
    let candidate = |k: usize, heads: &[u32], rels: &[Rel]| {
        k >= 2
            && (heads[k] as usize) < n
            && word(k - 1).form == ","
            && name_word(k)
            && (matches!(
                rels[k],
                Rel::OblUnmarked | Rel::Vocative | Rel::Parataxis | Rel::Dep | Rel::NmodUnmarked
            ) || word(heads[k] as usize).upos == Upos::Punct)
    };
    let mut fixes = 0;
    for k in 0..n {
        if !candidate(k, heads, rels) {
            continue;
        }
        let shape = Shape::new(n, heads);
        // The name: its flat parts follow it; then a comma or the sentence's end.
        let mut e = k;
        while e + 1 < n && heads[e + 1] as usize == k && rels[e + 1] == Rel::Flat {
            e += 1;
        }
        let closes = e + 1 == n || matches!(word(e + 1).form, "," | "." | ";" | "!" | "?");
        if !closes {
            continue;
        }
        let Some(noun) = noun_ending_at(k - 2, &word, heads, rels) else {
            continue;
        };
        if word(noun).upos != Upos::Noun || under(noun, k, heads) {
            continue;
        }
        // A name the parser hung on the comma itself belongs to the comma's head.
        let mut old = heads[k] as usize;
        if word(old).upos == Upos::Punct {
            old = heads[old] as usize;
            if old >= n || under(old, k, heads) {
                continue;
            }
        }
        // What hangs on the name after its closing comma is the old head's ("…, in an
        // airstrike on Monday").
        for &c in &shape.kids[k] {
            if c > e + 1 && old < n {
                heads[c] = old as u32;
                if rels[c] == Rel::Nmod {
                    rels[c] = Rel::Obl;
                }
            }
        }
        heads[k] = noun as u32;
        rels[k] = Rel::Appos;
        heads[k - 1] = k as u32;
        rels[k - 1] = Rel::Punct;
        fixes += 1;
    }
    fixes
}
