//! "aware of Islamic State conducting flight operations", "reports of IS militants using
//! chlorine", "a video of President Obama announcing …": the greedy parser hangs the gerund on
//! the word before "of" (an adverbial clause of "aware", a modifier of "video") and the noun
//! phrase after "of" on that word too, so the gerund is left without a subject and a reader
//! gives it the subject of the clause above ("the US was not aware of IS conducting …" read as
//! the US conducting them). The gerund is moved onto the noun phrase as its clausal modifier
//! (`acl`, as the treebanks read "the number of people living in poverty"), so the readers take
//! that noun phrase as its doer. Repaired only when the gerund follows the noun phrase at once
//! (no comma, no word between) and has no subject, marker or left dependent of its own.

use super::{RepairWord, Shape};
use crate::doc::{Rel, Upos};

/// Hang each such gerund on the noun phrase before it (see the module documentation); returns
/// how many were repaired.
pub fn gerund_after_of<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &mut [u32],
    rels: &mut [Rel],
) -> usize {
    let gerund = |g: usize, rels: &[Rel]| {
        word(g).xpos == "VBG" && matches!(rels[g], Rel::Advcl | Rel::Acl | Rel::Xcomp)
    };
    // Cheap exit, before the tree's shape is built: no "of", or no gerund clause after one.
    let Some(first_of) = (0..n).find(|&k| word(k).form.eq_ignore_ascii_case("of")) else {
        return 0;
    };
    if !(first_of + 1..n).any(|g| gerund(g, rels)) {
        return 0;
    }
    let shape = Shape::new(n, heads);
    let mut fixes = 0;
    for g in first_of + 1..n {
        if !gerund(g, rels) {
            continue;
        }
        let h = heads[g] as usize;
        if h >= n {
            continue;
        }
        let own = shape.kids[g].iter().any(|&k| {
            matches!(
                rels[k],
                Rel::Nsubj | Rel::NsubjPass | Rel::Expl | Rel::Mark | Rel::Csubj
            ) || k < g
        });
        if own {
            continue;
        }
        // The noun phrase right before the gerund, a sister under the same head, opened by "of".
        let Some(&c) = shape.kids[h].iter().find(|&&c| {
            c < g
                && matches!(rels[c], Rel::Obl | Rel::Nmod)
                && shape.right[c] + 1 == g
                && matches!(word(c).upos, Upos::Noun | Upos::Propn | Upos::Pron)
        }) else {
            continue;
        };
        let Some(&of) = shape.kids[c]
            .iter()
            .find(|&&k| rels[k] == Rel::Case && word(k).form.eq_ignore_ascii_case("of"))
        else {
            continue;
        };
        if of != shape.left[c] {
            continue;
        }
        heads[g] = c as u32;
        rels[g] = Rel::Acl;
        fixes += 1;
    }
    fixes
}
