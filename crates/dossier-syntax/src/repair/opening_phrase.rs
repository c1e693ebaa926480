//! "According to the United Nations , more than 2,000 people have been killed", "Because of
//! the storm , flights were cancelled": after a sentence-opening phrase with a multiword
//! preposition the greedy parser sometimes makes the phrase's noun the root and hangs the
//! clause after the comma on it (`conj`, `parataxis`, …), so the sentence's main verb is a
//! dependent of "Nations" and the stages read no main clause. A nominal root with such a
//! preposition (a `case` word with a `fixed` part: "according to", "because of", "due to"),
//! set off by a comma from a verb under it that has a subject of its own, gives the root to that
//! verb: the phrase becomes its `obl`, and what hung on the noun after the comma (the final
//! stop, the clause's own words) moves to the verb.

use super::title_name::keep_if_acyclic;
use super::{RepairWord, Shape};
use crate::doc::{Rel, Upos, NO_HEAD};

/// Give the root to the clause after such an opening phrase; returns 1 when it did.
pub fn clause_after_opening_phrase<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let Some(r) = super::noun_root(heads, &word) else {
        return 0;
    };
    if !rels.contains(&Rel::Fixed) {
        return 0;
    }
    let shape = Shape::new(n, heads);
    // The preposition opens the sentence (after any opening punctuation) and a comma closes the
    // phrase.
    let opening = (0..n).find(|&k| word(k).upos != Upos::Punct);
    let multiword_case = shape.kids[r].iter().any(|&k| {
        Some(k) == opening
            && rels[k] == Rel::Case
            && shape.kids[k].iter().any(|&f| rels[f] == Rel::Fixed)
    });
    if !multiword_case {
        return 0;
    }
    let Some(comma) = (r + 1..n).find(|&k| word(k).form == ",") else {
        return 0;
    };
    // Not a relative clause on the phrase's noun ("According to the Department of Homeland
    // Security , which has been rebutting similar claims , that 's bogus"): its subject is a
    // relative word.
    let v = shape.kids[r].iter().copied().find(|&v| {
        v > comma
            && word(v).upos == Upos::Verb
            && shape.kids[v]
                .iter()
                .any(|&k| rels[k].is_subject() || rels[k] == Rel::Expl)
            && !shape.kids[v]
                .iter()
                .any(|&k| k < v && super::relative_or_marker(word(k).xpos))
    });
    let Some(v) = v else {
        return 0;
    };
    let (old_heads, old_rels) = (heads.to_vec(), rels.to_vec());
    for (k, h) in heads.iter_mut().enumerate() {
        if *h as usize == r && k > comma && k != v {
            *h = v as u32;
        }
    }
    // The comma closing the phrase goes with the clause too.
    if heads[comma] as usize == r {
        heads[comma] = v as u32;
    }
    heads[v] = NO_HEAD;
    rels[v] = Rel::Root;
    heads[r] = v as u32;
    rels[r] = Rel::Obl;
    usize::from(keep_if_acyclic(heads, rels, &old_heads, &old_rels))
}
