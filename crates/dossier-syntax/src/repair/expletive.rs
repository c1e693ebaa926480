//! "It has since been claimed that the video was staged": the greedy parser reads "since" as
//! the marker of a clause and hangs "It" on the auxiliary "has", so the passive reporting verb
//! has no subject and the attribution stage does not see the impersonal passive. A marker
//! right after a finite auxiliary of its own verb opens no clause: it is an adverb ("has since
//! been", "had since left"). A subject hung on an auxiliary belongs to the auxiliary's verb
//! (`nsubj:pass` when the verb is passive).

use super::Shape;
use crate::doc::Rel;
use crate::repair::RepairWord;
use crate::wordlist::WordList;

/// Repair the two arcs in place; returns how many arcs changed.
pub fn adverb_after_auxiliary<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let is_aux = |k: usize, rels: &[Rel]| matches!(rels[k], Rel::Aux | Rel::AuxPass);
    // Cheap exit: no marker after an auxiliary, no subject on an auxiliary.
    let marker_after_aux = |m: usize, rels: &[Rel], heads: &[u32]| {
        rels[m] == Rel::Mark
            && m > 0
            && is_aux(m - 1, rels)
            && heads[m - 1] == heads[m]
            && (heads[m] as usize) > m
            && matches!(word(m - 1).xpos, "VBZ" | "VBP" | "VBD" | "MD")
    };
    let subject_on_aux = |s: usize, rels: &[Rel], heads: &[u32]| {
        let a = heads[s] as usize;
        rels[s].is_subject() && a < n && is_aux(a, rels) && (heads[a] as usize) < n
    };
    if !(0..n).any(|k| marker_after_aux(k, rels, heads) || subject_on_aux(k, rels, heads)) {
        return 0;
    }
    let mut fixes = 0;
    for m in 0..n {
        if marker_after_aux(m, rels, heads) {
            rels[m] = Rel::Advmod;
            fixes += 1;
        }
    }
    let shape = Shape::new(n, heads);
    for s in 0..n {
        if !subject_on_aux(s, rels, heads) {
            continue;
        }
        let v = heads[heads[s] as usize] as usize;
        if shape.kids[v].iter().any(|&k| rels[k].is_subject()) {
            continue;
        }
        let passive = shape.kids[v].iter().any(|&k| rels[k] == Rel::AuxPass);
        heads[s] = v as u32;
        rels[s] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        fixes += 1;
    }
    fixes
}

/// "Hashimi said it appeared that IS had not used chlorine gas", "it emerged that …": "it"
/// read as the subject of a verb of `data/syntax/raising_verbs.txt` whose complement is a
/// "that" clause is the expletive that stands for the clause (`expl`, as UD has "it seems
/// that"). Returns how many were relabelled.
pub fn it_before_raising_verb<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    static RAISING: WordList =
        WordList::new(include_str!("../../../../data/syntax/raising_verbs.txt"));
    let candidate = |s: usize, heads: &[u32], rels: &[Rel]| {
        let v = heads[s] as usize;
        rels[s] == Rel::Nsubj
            && v < n
            && v > s
            && word(s).form.eq_ignore_ascii_case("it")
            && RAISING.contains_lower(word(v).form)
    };
    if !(0..n).any(|s| candidate(s, heads, rels)) {
        return 0;
    }
    let mut fixes = 0;
    for s in 0..n {
        if !candidate(s, heads, rels) {
            continue;
        }
        let v = heads[s] as usize;
        // The verb's complement clause opens with "that".
        let that_clause = (v + 1..n).any(|c| {
            heads[c] as usize == v
                && rels[c] == Rel::Ccomp
                && (v + 1..c).any(|m| {
                    heads[m] as usize == c
                        && rels[m] == Rel::Mark
                        && word(m).form.eq_ignore_ascii_case("that")
                })
        });
        if that_clause {
            rels[s] = Rel::Expl;
            fixes += 1;
        }
    }
    fixes
}
