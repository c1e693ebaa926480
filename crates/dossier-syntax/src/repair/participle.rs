//! "Two aid workers were kidnapped in northern Syria and held for ransom", "was seized in 2012
//! and accused of spying": the tagger reads the bare conjunct of a passive as a past tense
//! (VBD), so the frame reader does not let it share the passive and takes the shared subject as
//! its doer ("the aid workers held someone"). A past form under a passive verb by `conj` (or by
//! `advcl` after a comma: "were arrested in Paris, accused of …"), with no subject, object or
//! auxiliary of its own and its preposition right after it, is the participle of that passive.
//! Verbs that take no object ("he was arrested and died in custody",
//! `data/syntax/intransitive_past.txt`) keep their past tense.

use super::{RepairWord, Shape};
use crate::doc::Rel;
use crate::wordlist::WordList;

/// The past forms of `data/syntax/intransitive_past.txt` (lower case).
pub(super) static INTRANSITIVE: WordList = WordList::new(include_str!(
    "../../../../data/syntax/intransitive_past.txt"
));

/// The words of the sentence tagged VBD that are the passive participle of a conjunct (see the
/// module documentation), in order; the caller retags them VBN.
pub fn passive_conjunct_participles<'a>(
    n: usize,
    word: impl Fn(usize) -> RepairWord<'a>,
    heads: &[u32],
    rels: &[Rel],
) -> Vec<usize> {
    if heads.len() != n || rels.len() != n {
        return Vec::new();
    }
    let candidate = |v: usize| {
        word(v).xpos == "VBD"
            && (rels[v] == Rel::Conj || (rels[v] == Rel::Advcl && v > 0 && word(v - 1).form == ","))
            && v + 1 < n
            && matches!(word(v + 1).xpos, "IN" | "TO")
    };
    // Cheap exit before the tree's shape is built.
    if !(0..n).any(candidate) {
        return Vec::new();
    }
    let shape = Shape::new(n, heads);
    (0..n)
        .filter(|&v| {
            if !candidate(v) {
                return false;
            }
            let h = heads[v] as usize;
            if h >= n || h > v || word(h).xpos != "VBN" {
                return false;
            }
            let passive = shape.kids[h].iter().any(|&k| rels[k] == Rel::AuxPass);
            let own = shape.kids[v].iter().any(|&k| {
                rels[k].is_subject()
                    || matches!(rels[k], Rel::Obj | Rel::Aux | Rel::AuxPass | Rel::Expl)
            });
            let lower = word(v).form.to_lowercase();
            passive && !own && !INTRANSITIVE.contains(&lower)
        })
        .collect()
}
