//! "The girl , who was abducted from her school in April , has been freed", "The video , posted
//! online on Sunday , shows a man …": after a comma-enclosed relative clause or participle the
//! greedy parser hangs the sentence's opening noun phrase on the verb as a bare `obl`, so the
//! finite verb has no subject and the stages lose who did or underwent it. A noun phrase that
//! opens the sentence, has no preposition (`case`) of its own and is not a time word
//! (`data/syntax/time_words.txt`: "Last week , the army said") is the subject of the finite
//! verb it hangs on when that verb has none (`nsubj:pass` when the verb is passive).

use super::{RepairWord, Shape, TIME_WORDS};
use crate::doc::{Rel, Upos};

/// Repair each such noun phrase in place; returns how many were repaired (at most one a
/// sentence: only the phrase that opens it).
pub fn opening_obl_as_subject<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    // Cheap exit: a bare nominal `obl` before its head.
    let nominal = |c: usize| matches!(word(c).upos, Upos::Noun | Upos::Propn | Upos::Pron);
    if !(0..n).any(|c| rels[c] == Rel::Obl && nominal(c) && (heads[c] as usize) > c) {
        return 0;
    }
    let shape = Shape::new(n, heads);
    let opening = (0..n).find(|&k| !matches!(word(k).upos, Upos::Punct));
    for c in 0..n {
        let v = heads[c] as usize;
        if rels[c] != Rel::Obl || !nominal(c) || v >= n || v <= c {
            continue;
        }
        if Some(shape.left[c]) != opening {
            continue;
        }
        let lower = word(c).form.to_lowercase();
        let time = TIME_WORDS.contains(&lower) || TIME_WORDS.contains(lower.trim_end_matches('s'));
        let kids = &shape.kids[c];
        if time || kids.iter().any(|&k| rels[k] == Rel::Case) {
            continue;
        }
        let vk = &shape.kids[v];
        if vk
            .iter()
            .any(|&k| rels[k].is_subject() || rels[k] == Rel::Expl)
        {
            continue;
        }
        let finite = |k: usize| matches!(word(k).xpos, "VBD" | "VBZ" | "VBP" | "MD");
        let finite_clause = finite(v)
            || vk
                .iter()
                .any(|&k| matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Cop) && finite(k));
        if !finite_clause {
            continue;
        }
        let passive = vk.iter().any(|&k| rels[k] == Rel::AuxPass);
        rels[c] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        return 1;
    }
    0
}

/// "In the statement, Foley's mother, Diane Foley, said …", "According to CNN, an unidentified
/// man, who has since been interviewed by the FBI, is said to …", "On this occasion, Li, 38, was
/// ambushed by four women": after an opening prepositional phrase and its comma the greedy
/// parser reads the clause's subject as an apposition (`appos`) of the phrase's noun, so the
/// verb has no subject. A nominal hung by `appos` on a prepositional `obl` before it, after a
/// comma, whose phrase ends right before the `obl`'s finite verb (nothing between but
/// punctuation and the verb's auxiliaries, copula, negation and adverbs), is that verb's subject
/// when the verb has none. Returns how many were moved (one a sentence).
pub fn apposition_on_opening_obl<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let candidate = |c: usize, heads: &[u32], rels: &[Rel]| {
        let o = heads[c] as usize;
        rels[c] == Rel::Appos && o < c && rels[o] == Rel::Obl
    };
    // Cheap exit: no apposition on an `obl` before it.
    if !(0..n).any(|c| candidate(c, heads, rels)) {
        return 0;
    }
    let shape = Shape::new(n, heads);
    for c in 1..n {
        if !candidate(c, heads, rels) || !matches!(word(c).upos, Upos::Noun | Upos::Propn) {
            continue;
        }
        let o = heads[c] as usize;
        let v = heads[o] as usize;
        // The comma opening the apposition (hung on it or before its phrase).
        let l = shape.left[c];
        let comma = word(l).form == "," || (l > 0 && word(l - 1).form == ",");
        if v >= n || v <= c || !comma {
            continue;
        }
        if !shape.kids[o].iter().any(|&k| k < o && rels[k] == Rel::Case) {
            continue;
        }
        let vk = &shape.kids[v];
        if shape.has_subject(v, rels) {
            continue;
        }
        // Between the phrase and the verb: punctuation, and the verb's own auxiliaries and
        // adverbs.
        let between = (shape.right[c] + 1..v).all(|k| {
            word(k).upos == Upos::Punct
                || (heads[k] as usize == v
                    && matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Cop | Rel::Advmod))
        });
        let finite = |k: usize| matches!(word(k).xpos, "VBD" | "VBZ" | "VBP" | "MD");
        let finite_clause = (word(v).upos == Upos::Verb && finite(v))
            || vk.iter().any(|&k| {
                matches!(rels[k], Rel::Aux | Rel::AuxPass | Rel::Cop) && finite(k) && k < v
            });
        // A noun with a clause on it but a relative one is a clause of its own ("On 6
        // November, an online rumor claimed actor Macaulay Culkin … had died": "rumor" is the
        // subject of "claimed", whatever the parser read; "the group, which controls parts of
        // Syria, annexed" moves).
        let clause_inside = shape.kids[c].iter().any(|&k| {
            word(k).upos == Upos::Verb
                && rels[k] != Rel::AclRelcl
                && (finite(k) || shape.kids[k].iter().any(|&o| rels[o] == Rel::Obj))
        });
        if !between || !finite_clause || clause_inside {
            continue;
        }
        let passive = vk.iter().any(|&k| rels[k] == Rel::AuxPass);
        heads[c] = v as u32;
        rels[c] = if passive { Rel::NsubjPass } else { Rel::Nsubj };
        return 1;
    }
    0
}
