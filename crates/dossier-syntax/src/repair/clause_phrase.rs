//! Clauses the greedy parser reads as parts of a noun phrase, found in a random sample of
//! FNC-1 train sentences (session 30):
//! - "This comes after the controversial leader brought his chain to Europe": "after" read as
//!   the preposition of "leader", an `obl` of "brought", so the clause has no subject. A noun
//!   opened by a word of `data/syntax/clause_prepositions.txt` that ends right before a finite
//!   verb without a subject, and hangs on that verb, is its subject; the word marks the clause.
//! - "The government disputed the report, saying no such event had been planned": "planned"
//!   read as a participle modifying "event" (`acl`) although it has auxiliaries of its own. A
//!   modifier participle never has a finite auxiliary (EWT and GUM train: no `acl` with an
//!   `aux` of VBD, VBZ, VBP or MD before it); it is the verb of a clause whose subject is the
//!   noun. The clause takes the noun's place: the complement of the verb whose object the noun
//!   was (`ccomp`), or the root. When the parser made the noun the object of the verb and the
//!   auxiliaries' verb that verb's complement ("saying no such meeting had been held"), the
//!   noun is the complement's subject.
//! - "The experts told Yahoo News that the audio needs to be authenticated": the "that" clause,
//!   with a subject of its own and "that" a marker (not a relative pronoun), read as a relative
//!   clause on the name (or as its `acl`, "that" tagged a relative pronoun: "A cousin of
//!   Ahmed's told the newspaper that he had been killed", session 31). On the indirect object of a verb (or a name or pronoun object of a
//!   verb of `data/syntax/clause_verbs.txt`) it is the verb's complement (`ccomp`); on a verb it
//!   is the content clause of the noun right before "that" (`acl`: "follow rumors that the
//!   device could enter production").

use super::moves::{hand_over, Shapes};
use super::{clause_verb, finite, RepairWord};
use crate::doc::{Rel, Upos};
use crate::wordlist::WordList;

/// `data/syntax/clause_prepositions.txt`: "after", "before", "since", "until".
pub(super) fn clause_preposition(form: &str) -> bool {
    static WORDS: WordList = WordList::new(include_str!(
        "../../../../data/syntax/clause_prepositions.txt"
    ));
    WORDS.contains_lower(form)
}

fn nominal(w: RepairWord) -> bool {
    matches!(w.upos, Upos::Noun | Upos::Propn | Upos::Pron)
}

/// "after the leader brought …": the noun becomes the verb's subject and the preposition its
/// clause's marker; returns how many clauses were repaired.
pub fn clause_read_as_oblique<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    // Cheap exit: no `obl` right before the verb it hangs on.
    let candidate = |o: usize, heads: &[u32], rels: &[Rel]| {
        rels[o] == Rel::Obl && (heads[o] as usize) < n && (heads[o] as usize) > o
    };
    if !(0..n).any(|o| candidate(o, heads, rels)) {
        return 0;
    }
    let (mut fixes, mut shapes) = (0, Shapes::default());
    for o in 0..n {
        if !candidate(o, heads, rels) || !nominal(word(o)) {
            continue;
        }
        let shape = shapes.of(heads);
        let v = heads[o] as usize;
        if shape.right[o] + 1 != v || !finite(word(v).xpos) || word(v).upos != Upos::Verb {
            continue;
        }
        if shape.has_subject(v, rels) {
            continue;
        }
        let first = shape.left[o];
        let Some(&c) = shape.kids[o]
            .iter()
            .find(|&&c| c == first && rels[c] == Rel::Case)
        else {
            continue;
        };
        if !clause_preposition(word(c).form) {
            continue;
        }
        heads[c] = v as u32;
        rels[c] = Rel::Mark;
        rels[o] = Rel::Nsubj;
        if matches!(rels[v], Rel::Ccomp | Rel::Xcomp | Rel::Dep | Rel::Parataxis)
            && (heads[v] as usize) < v
        {
            rels[v] = Rel::Advcl;
        }
        shapes.changed();
        fixes += 1;
    }
    fixes
}

/// "saying no such event had been planned": a verb under a noun by `acl` with a finite
/// auxiliary of its own (between the noun and the verb) is the verb of the noun's clause;
/// returns how many clauses were repaired.
pub fn clause_read_as_modifier<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let finite_aux =
        |a: usize, rels: &[Rel]| matches!(rels[a], Rel::Aux | Rel::AuxPass) && finite(word(a).xpos);
    // Cheap exit: no finite auxiliary on a verb under a noun by `acl` or on a complement.
    if !(0..n).any(|a| {
        let v = heads[a] as usize;
        finite_aux(a, rels) && v < n && matches!(rels[v], Rel::Acl | Rel::Ccomp)
    }) {
        return 0;
    }
    let (mut fixes, mut shapes) = (0, Shapes::default());
    for v in 0..n {
        if rels[v] == Rel::Ccomp {
            fixes += object_of_complement_clause(&word, v, &mut shapes, heads, rels);
            continue;
        }
        if rels[v] != Rel::Acl || word(v).upos != Upos::Verb {
            continue;
        }
        let noun = heads[v] as usize;
        if noun >= v || !nominal(word(noun)) {
            continue;
        }
        let shape = shapes.of(heads);
        let kids = &shape.kids[v];
        if !kids
            .iter()
            .any(|&a| a > noun && a < v && finite_aux(a, rels))
        {
            continue;
        }
        if kids
            .iter()
            .any(|&k| rels[k].is_subject() || matches!(rels[k], Rel::Mark | Rel::Expl))
        {
            continue;
        }
        // The clause takes the noun's place: the root, or the complement of the verb whose
        // object the noun was.
        if !matches!(rels[noun], Rel::Root | Rel::Obj) {
            continue;
        }
        let passive = kids.iter().any(|&k| rels[k] == Rel::AuxPass);
        hand_over(noun, v, |k| k > v, heads, rels);
        if rels[v] == Rel::Obj {
            rels[v] = Rel::Ccomp;
        }
        heads[noun] = v as u32;
        rels[noun] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        shapes.changed();
        fixes += 1;
    }
    fixes
}

/// "told Yahoo News that the audio needs …": a "that" clause with its own subject read as a
/// relative clause is a complement; returns how many clauses moved.
pub fn content_clause_read_as_relative<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    // "that" as the clause's marker (also when tagged as a relative pronoun: the parser made
    // it the marker all the same).
    let marker_that = |m: usize, rels: &[Rel]| {
        rels[m] == Rel::Mark
            && matches!(word(m).xpos, "IN" | "WDT")
            && word(m).form.eq_ignore_ascii_case("that")
    };
    // A relative clause, or a noun's clause ("told the newspaper that he had been killed": the
    // clause read as the indirect object's `acl`; only moved off an object below).
    let on_noun = |r: Rel| matches!(r, Rel::AclRelcl | Rel::Acl);
    // Cheap exit: no marker "that" on a relative clause.
    if !(0..n).any(|m| {
        let v = heads[m] as usize;
        marker_that(m, rels) && v < n && on_noun(rels[v])
    }) {
        return 0;
    }
    let (mut fixes, mut shapes) = (0, Shapes::default());
    for v in 0..n {
        if !on_noun(rels[v]) {
            continue;
        }
        let shape = shapes.of(heads);
        let m = shape.left[v];
        if m == 0 || !shape.kids[v].contains(&m) || !marker_that(m, rels) {
            continue;
        }
        if !shape.kids[v].iter().any(|&k| rels[k].is_subject()) {
            continue;
        }
        let h = heads[v] as usize;
        if h >= m {
            continue;
        }
        let hw = word(h);
        // The noun's phrase, but for the clause, ends right before "that".
        let ends_before = shape.kids[h].iter().all(|&k| k == v || shape.right[k] < m);
        if nominal(hw) && ends_before && h < m {
            // On a verb's indirect object, or a name or pronoun object of a verb that takes a
            // clause: the verb's complement.
            let t = heads[h] as usize;
            if t >= h || word(t).upos != Upos::Verb {
                continue;
            }
            let object = rels[h] == Rel::Iobj
                || (rels[h] == Rel::Obj
                    && matches!(hw.upos, Upos::Propn | Upos::Pron)
                    && clause_verb(word(t).form));
            if !object {
                continue;
            }
            heads[v] = t as u32;
            rels[v] = Rel::Ccomp;
            shapes.changed();
            fixes += 1;
        } else if hw.upos == Upos::Verb && rels[v] == Rel::AclRelcl {
            // On a verb (no relative clause hangs on one): the noun right before "that".
            let k = m - 1;
            if !matches!(word(k).upos, Upos::Noun | Upos::Propn) {
                continue;
            }
            if !super::relative_clause::under(k, h, heads) {
                continue;
            }
            heads[v] = k as u32;
            rels[v] = Rel::Acl;
            shapes.changed();
            fixes += 1;
        }
    }
    fixes
}

/// "saying no such meeting had been held": the noun read as the object of the verb whose
/// complement follows it, the complement with a finite auxiliary and no subject of its own: the
/// noun is the complement's subject. Returns 1 when it moved.
fn object_of_complement_clause<'a>(
    word: &impl Fn(usize) -> RepairWord<'a>,
    v: usize,
    shapes: &mut Shapes,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let t = heads[v] as usize;
    if t >= v || word(v).upos != Upos::Verb {
        return 0;
    }
    let shape = shapes.of(heads);
    let kids = &shape.kids[v];
    let first = shape.left[v];
    let aux_first = kids
        .iter()
        .any(|&a| a == first && matches!(rels[a], Rel::Aux | Rel::AuxPass) && finite(word(a).xpos));
    if !aux_first
        || kids
            .iter()
            .any(|&k| rels[k].is_subject() || matches!(rels[k], Rel::Mark | Rel::Expl))
    {
        return 0;
    }
    let Some(&o) = shape.kids[t]
        .iter()
        .find(|&&o| rels[o] == Rel::Obj && o < v && shape.right[o] + 1 == first)
    else {
        return 0;
    };
    if !nominal(word(o)) {
        return 0;
    }
    let passive = kids.iter().any(|&k| rels[k] == Rel::AuxPass);
    heads[o] = v as u32;
    rels[o] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
    shapes.changed();
    1
}
