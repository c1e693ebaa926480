//! "Officials hoping to end the siege said the talks would resume", "Residents fleeing the
//! fighting said …": the greedy parser makes the present participle on the subject the head of
//! the clause, with the subject under it and the finite verb after the participle's phrase its
//! `parataxis` or `conj`, so the reader takes "hoping" for the cue and loses the speaker. A
//! present participle (VBG) with no auxiliary, copula or marker of its own, whose subject's
//! phrase ends right before it, and which governs a finite verb after its own phrase that has
//! no subject, conjunction or marker of its own, is a modifier (`acl`) of that subject; the verb
//! takes the participle's place in the tree and the subject.

use super::moves::{hand_over, Shapes};
use super::title_name::keep_if_acyclic;
use super::{finite, RepairWord};
use crate::doc::{Rel, Upos};

/// Hand each such participle's place to the verb it governs; returns how many moved.
pub fn participle_under_subject<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let candidate = |p: usize| p >= 1 && word(p).xpos == "VBG";
    let (mut fixes, mut shapes) = (0, Shapes::default());
    for p in 0..n {
        if !candidate(p) {
            continue;
        }
        let shape = shapes.of(heads);
        let kids = &shape.kids[p];
        if kids
            .iter()
            .any(|&k| matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Cop | Rel::Mark))
        {
            continue;
        }
        // The subject: a noun under the participle whose phrase ends right before it.
        let Some(&s) = kids.iter().find(|&&k| {
            rels[k] == Rel::Nsubj
                && k < p
                && (shape.right[k] + 1 == p || (shape.right[k] + 2 == p && word(p - 1).form == ","))
                && matches!(word(k).upos, Upos::Noun | Upos::Propn)
        }) else {
            continue;
        };
        // The verb: finite (or with a finite auxiliary), after the participle's other words,
        // with no clause opener of its own.
        let Some(&v) = kids.iter().find(|&&v| {
            v > p
                && word(v).upos == Upos::Verb
                && matches!(
                    rels[v],
                    Rel::Parataxis | Rel::Conj | Rel::Dep | Rel::Ccomp | Rel::Advcl
                )
                && (finite(word(v).xpos)
                    || shape.kids[v].iter().any(|&k| {
                        matches!(rels[k], Rel::Aux | Rel::AuxPass) && finite(word(k).xpos)
                    }))
                && !shape.kids[v].iter().any(|&k| {
                    rels[k].is_subject()
                        || matches!(rels[k], Rel::Cc | Rel::Mark | Rel::Expl)
                        || (k < v && matches!(word(k).xpos, "WDT" | "WP" | "WRB"))
                })
        }) else {
            continue;
        };
        // The participle's own words lie between it and the verb's phrase: none of its other
        // dependents sits after the verb but its closing punctuation.
        if kids.iter().any(|&k| k > v && word(k).upos != Upos::Punct) {
            continue;
        }
        let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
        let passive = shape.kids[v].iter().any(|&k| rels[k] == Rel::AuxPass);
        // What hung on the participle before its subject ("On Monday, …") or after the verb
        // (the full stop) belongs to the verb.
        hand_over(p, v, |k| k < s || k > v, heads, rels);
        heads[s] = v as u32;
        rels[s] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        heads[p] = s as u32;
        rels[p] = Rel::Acl;
        shapes.changed();
        if keep_if_acyclic(heads, rels, &old_heads, &old_rels) {
            fixes += 1;
        }
    }
    fixes
}

/// "A man claiming to be Shekau said the girls had married": after "to be" the name and the
/// reporting verb read as a clause of their own ("Shekau said", with "to" and "be" its marker
/// and copula) hung on the complement's verb, which takes the participle's noun as its subject.
/// A verb with a copula, "to" and a subject right before it, after a participle or infinitive
/// verb on a noun that is the subject of the verb this one hangs on (after it), is the clause's
/// main verb: the name is the participle's complement (`xcomp`, with "to" and "be"), the noun
/// the verb's subject, and the verb it hung on its complement (`ccomp`). Returns how many moved.
pub fn reporting_verb_after_to_be<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let candidate = |v: usize, heads: &[u32], rels: &[Rel]| {
        v >= 4
            && word(v).upos == Upos::Verb
            && finite(word(v).xpos)
            && rels[v - 3] == Rel::Mark
            && rels[v - 2] == Rel::Cop
            && rels[v - 1].is_subject()
            && (v - 3..v).all(|k| heads[k] as usize == v)
            && word(v - 3).form.eq_ignore_ascii_case("to")
    };
    let mut fixes = 0;
    for v in 4..n {
        if !candidate(v, heads, rels) {
            continue;
        }
        let (to, be, x, g) = (v - 3, v - 2, v - 1, v - 4);
        let m = heads[v] as usize;
        if m >= n
            || m < v
            || !matches!(rels[v], Rel::Parataxis | Rel::Conj | Rel::Dep | Rel::Advcl)
            || word(g).upos != Upos::Verb
            || rels[g] != Rel::Acl
        {
            continue;
        }
        let s = heads[g] as usize;
        if s >= n || heads[s] as usize != m || !rels[s].is_subject() {
            continue;
        }
        let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
        heads[to] = x as u32;
        heads[be] = x as u32;
        heads[x] = g as u32;
        rels[x] = Rel::Xcomp;
        // What hung on the complement's verb before the subject or after it closes the
        // sentence belongs to the main verb.
        let closing = |k: usize| k > m && word(k).upos == Upos::Punct;
        hand_over(m, v, |k| k < s || closing(k), heads, rels);
        heads[m] = v as u32;
        rels[m] = Rel::Ccomp;
        heads[s] = v as u32;
        rels[s] = Rel::Nsubj;
        if keep_if_acyclic(heads, rels, &old_heads, &old_rels) {
            fixes += 1;
        }
    }
    fixes
}

/// "a United States official following North Korea said this week …": the parser hangs the
/// present participle after the subject and the name after it on the finite verb as two more
/// subjects. A present participle (VBG) with no auxiliary, copula or marker of its own, read as
/// a subject of a verb after it, right after another subject's phrase (a noun or name) of that
/// verb, and followed by a third subject whose phrase fills the gap up to the verb, is a
/// modifier (`acl`) of the first subject, and the third subject its object. "Rebels fighting
/// said" (no noun between) and "Officials hoping to end the siege said" (a clause, not a noun)
/// are not this shape. Returns how many moved.
pub fn participle_read_as_subject<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let nominal = |k: usize| matches!(word(k).upos, Upos::Noun | Upos::Propn);
    let (mut fixes, mut shapes) = (0, Shapes::default());
    for p in 1..n {
        let v = heads[p] as usize;
        if word(p).xpos != "VBG" || !rels[p].is_subject() || v >= n || v <= p + 1 {
            continue;
        }
        let shape = shapes.of(heads);
        if word(v).upos != Upos::Verb
            || shape.kids[p]
                .iter()
                .any(|&k| matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Cop | Rel::Mark))
        {
            continue;
        }
        let subject = |k: usize| heads[k] as usize == v && rels[k].is_subject() && nominal(k);
        let Some(s) = (0..p).find(|&k| subject(k) && shape.right[k] + 1 == p) else {
            continue;
        };
        let Some(o) =
            (p + 1..v).find(|&k| subject(k) && shape.left[k] == p + 1 && shape.right[k] + 1 == v)
        else {
            continue;
        };
        let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
        heads[p] = s as u32;
        rels[p] = Rel::Acl;
        heads[o] = p as u32;
        rels[o] = Rel::Obj;
        shapes.changed();
        if keep_if_acyclic(heads, rels, &old_heads, &old_rels) {
            fixes += 1;
        }
    }
    fixes
}
