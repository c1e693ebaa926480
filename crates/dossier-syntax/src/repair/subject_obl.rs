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
